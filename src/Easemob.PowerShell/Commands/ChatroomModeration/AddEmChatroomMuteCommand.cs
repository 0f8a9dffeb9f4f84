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
    /// Mutes members of a chatroom for a time or permanently, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the
    /// pipeline; or, with -All, mutes everyone but the allowlist.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "EmChatroomMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UsersSet)]
    [OutputType(typeof(EmChatroomMute), ParameterSetName = new[] { UsersSet })]
    [OutputType(typeof(EmChatroom), ParameterSetName = new[] { AllSet })]
    public sealed class AddEmChatroomMuteCommand : EmChatroomUserBatchCmdlet<EmChatroomMute>
    {
        private const string AllSet = "All";

        /// <summary>-Duration in whole seconds, rounded up as global mutes are, so no mute ends before it is reported.</summary>
        private TimeSpan? _duration;

        /// <summary>
        /// How long the mute lasts: a TimeSpan or a number of seconds, rounded up to whole seconds, from 1 to
        /// <see cref="EmApiLimits.MaxMuteSeconds"/> (sent in milliseconds).
        /// </summary>
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
            if (ParameterSetName == AllSet)
            {
                SetMuteAll(muted: true, "Mute everyone but the allowlist");
                return;
            }
            base.ProcessRecord();
        }

        private protected override Task<ChatroomUserBatchResult<EmChatroomMute>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.MuteChatroomMembersAsync(chatroomId, usernames, _duration, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, EmChatroomMute result) => result;
    }
}
