using System;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>How long to wait before a retry, and whether the server's Retry-After decided it.</summary>
internal readonly struct RetryDelay
{
    public RetryDelay(TimeSpan duration, bool fromRetryAfter)
    {
        Duration = duration;
        FromRetryAfter = fromRetryAfter;
    }

    public TimeSpan Duration { get; }

    public bool FromRetryAfter { get; }
}
