using System;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// One attempt's pass through the rate governor. Disposing it when the attempt has ended (answered, failed or
/// cancelled) records the moment by which the request had surely reached the server, or never will.
/// </summary>
internal sealed class RateLease : IDisposable
{
    /// <summary>The lease of a governor that is off: nothing to record.</summary>
    public static readonly RateLease Untracked = new(null, TimeSpan.Zero);

    private readonly IClock? _clock;
    private readonly TaskCompletionSource<bool> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _endedTicks = -1;

    public RateLease(IClock? clock, TimeSpan startedAt)
    {
        _clock = clock;
        StartedAt = startedAt;
    }

    public TimeSpan StartedAt { get; }

    /// <summary>When the attempt ended, on the clock's monotonic time; null while it is in flight.</summary>
    public TimeSpan? EndedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _endedTicks);
            return ticks < 0 ? null : TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>Completes when the attempt ends.</summary>
    public Task Ended => _ended.Task;

    public void Dispose()
    {
        if (_clock is null) return;
        if (Interlocked.CompareExchange(ref _endedTicks, _clock.Elapsed.Ticks, -1) == -1) _ended.TrySetResult(true);
    }
}
