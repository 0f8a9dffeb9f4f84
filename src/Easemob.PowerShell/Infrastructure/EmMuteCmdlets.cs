using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;

namespace Easemob.PowerShell;

/// <summary>
/// Base of Add-EmChatroomMute and Add-EmGroupMute: -Duration (whole seconds, sent in milliseconds) or -Permanent
/// per user in batches, or -All for mute-all. A derived cmdlet says only which call to make.
/// </summary>
public abstract class EmAddMuteCmdlet<TMute> : EmChatroomUsersCmdlet
{
    /// <summary>The parameter set of -All.</summary>
    protected const string AllSet = "All";

    /// <summary>-Duration in whole seconds, rounded up as global mutes are, so no mute ends before it is reported.</summary>
    private protected TimeSpan? MuteDuration { get; private set; }

    /// <summary>Writes an object for each user muted (with -All, the room).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

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

    /// <summary>The client's mute call for one room's batch, for <see cref="MuteDuration"/> (null: permanently).</summary>
    private protected abstract Task<IReadOnlyList<ItemOutcome<TMute>>> SendAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken);

    protected override void BeginProcessing()
    {
        if (ParameterSetName == UsersSet)
        {
            var invalid = InputChecks.ChatroomMute(Duration, Permanent);
            if (invalid != null)
            {
                ThrowTerminatingError(invalid);
            }
            MuteDuration = Duration.HasValue && !Permanent ? TimeSpan.FromSeconds(Durations.WholeSeconds(Duration.Value.TotalSeconds)) : (TimeSpan?)null;
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
        SendInBatches<TMute>(Permanent ? "Mute permanently" : "Mute for " + MuteDuration, SendAsync, (_, mute) => PassThru ? mute : null);
    }
}

/// <summary>
/// Base of Remove-EmChatroomMute and Remove-EmGroupMute: lifts mutes per user in batches (lifting one that is not
/// there succeeds), or mute-all with -All.
/// </summary>
public abstract class EmRemoveMuteCmdlet : EmChatroomUsersCmdlet
{
    /// <summary>The parameter set of -All.</summary>
    protected const string AllSet = "All";

    /// <summary>Writes an object for each user unmuted (with -All, the room).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Lifts mute-all (the mute list is left as it is).</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)]
    public SwitchParameter All { get; set; }

    /// <summary>The client's unmute call for one room's batch.</summary>
    private protected abstract Task<IReadOnlyList<ItemOutcome<bool>>> SendAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken);

    /// <summary>The mute object -PassThru writes for a user unmuted.</summary>
    private protected abstract object Unmuted(ChatroomUserItem item);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == AllSet)
        {
            SetMuteAll(muted: false, "Lift mute-all", PassThru);
            return;
        }
        SendInBatches("Unmute", SendAsync, (item, _) => PassThru ? Unmuted(item) : null);
    }
}
