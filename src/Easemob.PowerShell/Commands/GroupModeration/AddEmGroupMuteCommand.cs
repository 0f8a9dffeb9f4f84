using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Mutes group members for a time (sent in milliseconds) or permanently, up to 60 per request, grouped per group
    /// across the pipeline; or, with -All, mutes everyone but the allowlist. The owner cannot be muted.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "EmGroupMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UsersSet)]
    [OutputType(typeof(EmGroupMute), ParameterSetName = new[] { UsersSet })]
    [OutputType(typeof(EmGroup), ParameterSetName = new[] { AllSet })]
    public sealed class AddEmGroupMuteCommand : EmGroupUserBatchCmdlet<EmGroupMute>
    {
        private const string AllSet = "All";

        /// <summary>-Duration in whole seconds, rounded up, so no mute ends before it is reported.</summary>
        private TimeSpan? _duration;

        /// <summary>How long the mute lasts: a TimeSpan or a number of seconds, rounded up to whole seconds.</summary>
        [Parameter(ParameterSetName = UsersSet)]
        [SecondsTransformation]
        public TimeSpan? Duration { get; set; }

        /// <summary>Mutes until lifted.</summary>
        [Parameter(ParameterSetName = UsersSet)]
        public SwitchParameter Permanent { get; set; }

        /// <summary>Mutes everyone but the allowlist (the mute list is left as it is).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override string Action => Permanent ? "Mute permanently" : "Mute for " + _duration;

        protected override void BeginProcessing()
        {
            if (ParameterSetName == UsersSet)
            {
                // The chatroom mute's rules: a duration or -Permanent, not both, within the documented maximum.
                var invalid = InputChecks.ChatroomMute(Duration, Permanent);
                if (invalid != null)
                {
                    ThrowTerminatingError(invalid);
                }
                _duration = Duration.HasValue ? TimeSpan.FromSeconds(Durations.WholeSeconds(Duration.Value.TotalSeconds)) : (TimeSpan?)null;
            }
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet) SetMuteAll(muted: true, "Mute everyone but the allowlist");
            else base.ProcessRecord();
        }

        private protected override Task<ChatroomUserBatchResult<EmGroupMute>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.MuteGroupMembersAsync(groupId, usernames, _duration, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, EmGroupMute result) => result;
    }
}
