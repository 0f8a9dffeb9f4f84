using System;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>A user's global mutes, per scope; only touched under the store's lock.</summary>
internal sealed class GlobalMuteSetting
{
    public const long PermanentMute = -1;
    public const long LiftedMute = 0;

    /// <summary>Per scope: null never set, -1 permanent, 0 lifted, otherwise the expiry in Unix ms.</summary>
    private readonly long?[] _muteDeadlines = new long?[3];

    public GlobalMuteSetting(string username)
    {
        Username = username;
    }

    public string Username { get; }

    public bool HasMuteSetting
    {
        get
        {
            foreach (var deadline in _muteDeadlines)
            {
                if (deadline.HasValue)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Sets a scope: -1 permanent, 0 lifts, otherwise mutes for that many seconds from now.</summary>
    public void SetMute(GlobalMuteScope scope, long seconds, long nowMilliseconds) =>
        _muteDeadlines[(int)scope] = seconds <= 0 ? seconds : nowMilliseconds + (seconds * 1000);

    /// <summary>The scope's stored value: null never set, -1 permanent, 0 lifted, otherwise the expiry in Unix ms.</summary>
    public long? MuteDeadline(GlobalMuteScope scope) => _muteDeadlines[(int)scope];

    /// <summary>Puts back a value <see cref="MuteDeadline"/> returned (from a state file).</summary>
    public void RestoreMuteDeadline(GlobalMuteScope scope, long? deadline) => _muteDeadlines[(int)scope] = deadline;

    /// <summary>Remaining whole seconds (rounded up): -1 permanent, 0 lifted or expired, null never set.</summary>
    public long? RemainingMute(GlobalMuteScope scope, long nowMilliseconds)
    {
        var deadline = _muteDeadlines[(int)scope];
        if (deadline == null || deadline <= 0)
        {
            return deadline;
        }

        var left = deadline.Value - nowMilliseconds;
        return left <= 0 ? LiftedMute : (long)Math.Ceiling(left / 1000.0);
    }
}
