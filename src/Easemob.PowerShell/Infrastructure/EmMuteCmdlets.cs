using System;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of Add-EmChatroomMute and Add-EmGroupMute: -Duration (whole seconds, sent in milliseconds) or -Permanent
    /// per user in batches, or -All for mute-all. A derived cmdlet says only which call to make.
    /// </summary>
    public abstract class EmAddMuteCmdlet<TMute> : EmChatroomUserBatchCmdlet<TMute>
    {
        /// <summary>The parameter set of -All.</summary>
        protected const string AllSet = "All";

        /// <summary>-Duration in whole seconds, rounded up as global mutes are, so no mute ends before it is reported.</summary>
        private protected TimeSpan? MuteDuration { get; private set; }

        /// <summary>
        /// How long the mute lasts: a TimeSpan or a number of seconds, rounded up to whole seconds, from 1 to
        /// <see cref="Model.EmApiLimits.MaxMuteSeconds"/> (sent in milliseconds).
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

        protected override string Action => Permanent ? "Mute permanently" : "Mute for " + MuteDuration;

        protected override void BeginProcessing()
        {
            if (ParameterSetName == UsersSet)
            {
                var invalid = InputChecks.ChatroomMute(Duration, Permanent);
                if (invalid != null)
                {
                    ThrowTerminatingError(invalid);
                }
                MuteDuration = Duration.HasValue ? TimeSpan.FromSeconds(Durations.WholeSeconds(Duration.Value.TotalSeconds)) : (TimeSpan?)null;
            }
            base.BeginProcessing();
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet) SetMuteAll(muted: true, "Mute everyone but the allowlist");
            else base.ProcessRecord();
        }

        protected override object PassThruObject(ChatroomUserItem item, TMute result) => result!;
    }

    /// <summary>
    /// Base of Remove-EmChatroomMute and Remove-EmGroupMute: lifts mutes per user in batches (lifting one that is not
    /// there succeeds), or mute-all with -All.
    /// </summary>
    public abstract class EmRemoveMuteCmdlet : EmChatroomUserBatchCmdlet<bool>
    {
        /// <summary>The parameter set of -All.</summary>
        protected const string AllSet = "All";

        /// <summary>Lifts mute-all (the mute list is left as it is).</summary>
        [Parameter(Mandatory = true, ParameterSetName = AllSet)]
        public SwitchParameter All { get; set; }

        protected override string Action => "Unmute";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == AllSet) SetMuteAll(muted: false, "Lift mute-all");
            else base.ProcessRecord();
        }
    }
}
