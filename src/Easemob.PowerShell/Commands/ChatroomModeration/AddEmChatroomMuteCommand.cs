using System;
using System.Management.Automation;
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
    public sealed class AddEmChatroomMuteCommand : EmChatroomUsersCmdlet
    {
        private const string AllSet = "All";

        /// <summary>Writes an object for each user muted (with -All, the chatroom).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>How long the mute lasts: a TimeSpan or a number of seconds (sent in milliseconds).</summary>
        [Parameter(ParameterSetName = UsersSet)]
        [SecondsTransformation]
        public TimeSpan? Duration { get; set; }

        /// <summary>Mutes until lifted.</summary>
        [Parameter(ParameterSetName = UsersSet)]
        public SwitchParameter Permanent { get; set; }

        /// <summary>Mutes everyone but the allowlist (the mute list is left as it is).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override void BeginProcessing()
        {
            if (ParameterSetName == UsersSet && (Duration.HasValue == Permanent.IsPresent || Duration <= TimeSpan.Zero))
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidMuteDuration",
                    Duration <= TimeSpan.Zero
                        ? "-Duration must be positive; got " + Duration + ". Use Remove-EmChatroomMute to lift a mute."
                        : "Give either -Duration or -Permanent.", Duration));
            }
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet)
            {
                SetMuteAll(muted: true, "Mute everyone but the allowlist", PassThru);
                return;
            }
            var duration = Permanent ? (TimeSpan?)null : Duration;
            SendInBatches<EmChatroomMute>(Permanent ? "Mute permanently" : "Mute for " + Duration,
                (id, usernames, cancellationToken) => Client.MuteChatroomMembersAsync(id, usernames, duration, cancellationToken), (_, mute) => PassThru ? mute : null);
        }
    }
}
