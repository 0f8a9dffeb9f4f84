using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Lifts mutes in a chatroom, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users per request, grouped per chatroom across the pipeline; or, with
    /// -All, lifts mute-all. Lifting a mute that is not there succeeds.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EmChatroomMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UsersSet)]
    [OutputType(typeof(EmChatroomMute), ParameterSetName = new[] { UsersSet })]
    [OutputType(typeof(EmChatroom), ParameterSetName = new[] { AllSet })]
    public sealed class RemoveEmChatroomMuteCommand : EmChatroomUsersCmdlet
    {
        private const string AllSet = "All";

        /// <summary>Writes an object for each user unmuted (with -All, the chatroom).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Lifts mute-all (the mute list is left as it is).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet)
            {
                SetMuteAll(muted: false, "Lift mute-all", PassThru);
                return;
            }
            SendInBatches("Unmute", Client.UnmuteChatroomMembersAsync, (item, _) => PassThru ? new EmChatroomMute { ChatroomId = item.ChatroomId, Username = item.Username } : null);
        }
    }
}
