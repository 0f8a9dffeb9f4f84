using System;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// Lets at most N request starts happen in any rolling window, remembering the last N start times. A token
/// bucket would allow a burst on top of a steady rate, which a server counting a sliding window answers with 429.
/// Callers pass one at a time in arrival order; the one at the front waits until the oldest remembered start has
/// left the window.
/// </summary>
internal sealed class SlidingWindowGate
{
    /// <summary>The window is a little over a second so that network jitter cannot squeeze N+1 arrivals into the server's second.</summary>
    internal static readonly TimeSpan SafetyWindow = TimeSpan.FromSeconds(1.08);

    /// <summary>Shorter waits are routine and not traced.</summary>
    private static readonly TimeSpan TraceThreshold = TimeSpan.FromMilliseconds(100);

    private readonly EmApiFamily _family;
    private readonly IClock _clock;
    private readonly TimeSpan _window;

    // SemaphoreSlim releases its asynchronous waiters in the order they started waiting: this makes the gate FIFO.
    private readonly SemaphoreSlim _turn = new(1, 1);

    private readonly TimeSpan[] _recentStarts;
    private int _oldest;

    public SlidingWindowGate(EmApiFamily family, double callsPerSecond, IClock clock)
    {
        _family = family;
        _clock = clock;
        Permits = Math.Max(1, (int)Math.Floor(callsPerSecond));
        // Below one call per second, one call per proportionally longer window.
        _window = TimeSpan.FromTicks((long)(SafetyWindow.Ticks * Math.Max(1.0, Permits / callsPerSecond)));
        _recentStarts = new TimeSpan[Permits];
        for (var i = 0; i < Permits; i++) _recentStarts[i] = -_window;
    }

    /// <summary>Starts allowed per window.</summary>
    public int Permits { get; }

    public TimeSpan Window => _window;

    public async Task WaitTurnAsync(RequestTracer tracer, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = _recentStarts[_oldest] + _window - _clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                if (wait > TraceThreshold) tracer.RateLimitWait(_family, wait);
                await _clock.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
            // Recorded only now: a caller cancelled while waiting takes no slot.
            _recentStarts[_oldest] = _clock.Elapsed;
            _oldest = (_oldest + 1) % Permits;
        }
        finally
        {
            _turn.Release();
        }
    }
}
