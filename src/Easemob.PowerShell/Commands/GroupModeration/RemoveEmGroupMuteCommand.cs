using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Lifts mutes in groups, up to 60 users per request, grouped per group across the pipeline; or, with -All, lifts
    /// mute-all. Lifting a mute that is not there succeeds.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EmGroupMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UsersSet)]
    [OutputType(typeof(EmGroupMute), ParameterSetName = new[] { UsersSet })]
    [OutputType(typeof(EmGroup), ParameterSetName = new[] { AllSet })]
    public sealed class RemoveEmGroupMuteCommand : EmGroupUserBatchCmdlet<bool>
    {
        private const string AllSet = "All";

        /// <summary>Lifts mute-all (the mute list is left as it is).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override string Action => "Unmute";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet) SetMuteAll(muted: false, "Lift mute-all");
            else base.ProcessRecord();
        }

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.UnmuteGroupMembersAsync(groupId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmGroupMute { GroupId = item.ChatroomId, Username = item.Username };
    }
}
