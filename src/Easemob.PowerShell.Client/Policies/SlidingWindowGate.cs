using System;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// Lets at most N requests reach the server in any rolling window, the way the server counts them. The client
/// cannot see when a request arrives, only that it arrived after it was sent and before its answer came back; a
/// busy machine or network can delay either by any amount. So the slot of the request started N starts ago is
/// reused only one window after that request's answer: the new request then arrives at least a window after the
/// old one, whatever the delays, and no N+1 requests can share one server window.
/// Callers pass one at a time in arrival order (FIFO).
/// </summary>
internal sealed class SlidingWindowGate
{
    /// <summary>The server's one-second window, plus a hair for the server's clock resolution.</summary>
    internal static readonly TimeSpan ServerWindow = TimeSpan.FromSeconds(1.002);

    /// <summary>
    /// A request still unanswered this long after it was sent is taken to have arrived by then, so one hung
    /// request delays the others of its family by at most this much instead of until its timeout.
    /// </summary>
    internal static readonly TimeSpan ArrivalBound = TimeSpan.FromSeconds(1);

    /// <summary>Shorter waits are routine and not traced.</summary>
    private static readonly TimeSpan TraceThreshold = TimeSpan.FromMilliseconds(100);

    private readonly EmApiFamily _family;
    private readonly IClock _clock;

    // SemaphoreSlim releases its asynchronous waiters in the order they started waiting: this makes the gate FIFO.
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>The leases of the last N starts, as a ring; <see cref="_next"/> is the oldest.</summary>
    private readonly RateLease?[] _recent;
    private int _next;

    public SlidingWindowGate(EmApiFamily family, double callsPerSecond, IClock clock)
        : this(family, callsPerSecond, TimeSpan.FromSeconds(1), clock)
    {
    }

    /// <param name="callsPerWindow">Calls allowed in each <paramref name="window"/> (the server's, e.g. a minute).</param>
    public SlidingWindowGate(EmApiFamily family, double callsPerWindow, TimeSpan window, IClock clock)
    {
        _family = family;
        _clock = clock;
        Permits = Math.Max(1, (int)Math.Floor(callsPerWindow));
        // Below one call per window, one call per proportionally longer window.
        Window = TimeSpan.FromTicks((long)((window + (ServerWindow - TimeSpan.FromSeconds(1))).Ticks * Math.Max(1.0, Permits / callsPerWindow)));
        _recent = new RateLease?[Permits];
    }

    /// <summary>Requests allowed per window.</summary>
    public int Permits { get; }

    public TimeSpan Window { get; }

    /// <summary>Waits for a slot and takes it; dispose the lease when the attempt has ended.</summary>
    public async Task<RateLease> EnterAsync(RequestTracer tracer, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_recent[_next] is { } oldest) await WaitUntilReusableAsync(oldest, tracer, cancellationToken).ConfigureAwait(false);
            // Taken only now: a caller cancelled while waiting takes no slot.
            var lease = new RateLease(_clock, _clock.Elapsed);
            _recent[_next] = lease;
            _next = (_next + 1) % Permits;
            return lease;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task WaitUntilReusableAsync(RateLease oldest, RequestTracer tracer, CancellationToken cancellationToken)
    {
        var traced = false;
        // Looped: a timer can end a millisecond early, and an answer arriving changes the time to wait for.
        while (true)
        {
            var endedAt = oldest.EndedAt;
            var wait = (endedAt ?? oldest.StartedAt + ArrivalBound) + Window - _clock.Elapsed;
            if (wait <= TimeSpan.Zero) return;
            if (!traced && wait > TraceThreshold)
            {
                tracer.RateLimitWait(_family, wait);
                traced = true;
            }

            var delay = _clock.Delay(wait, cancellationToken);
            // Still in flight: its answer (which starts the real wait) or the arrival bound, whichever comes first.
            if (endedAt is null) await Task.WhenAny(delay, oldest.Ended).ConfigureAwait(false);
            if (delay.IsCompleted || endedAt is not null) await delay.ConfigureAwait(false);
        }
    }
}
