using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// A message family's two limits: its calls (a <see cref="SlidingWindowGate"/>) and its messages, where one call
/// carries as many messages as it has recipients. A call waits until its messages fit under the message limit and
/// then for its call slot; its lease is recorded with its message count, and that count is freed one window after
/// the call's answer, by the same reasoning as the call gate's (the server saw the call before its answer came).
/// Callers pass one at a time in arrival order (FIFO).
/// </summary>
internal sealed class MessageRateGate
{
    private readonly EmApiFamily _family;
    private readonly SlidingWindowGate _calls;
    private readonly IClock _clock;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Queue<(RateLease Lease, int Messages)> _recent = new();

    /// <param name="messagesPerWindow">The scaled message limit; a call with more recipients than this goes alone.</param>
    public MessageRateGate(EmApiFamily family, SlidingWindowGate calls, int messagesPerWindow, TimeSpan window, IClock clock)
    {
        _family = family;
        _calls = calls;
        _clock = clock;
        Capacity = Math.Max(1, messagesPerWindow);
        // Plus the call gate's hair for the server's clock resolution.
        Window = window + (SlidingWindowGate.ServerWindow - TimeSpan.FromSeconds(1));
    }

    /// <summary>Messages allowed per window.</summary>
    public int Capacity { get; }

    public TimeSpan Window { get; }

    public async Task<RateLease> EnterAsync(int messages, RequestTracer tracer, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForRoomAsync(messages, tracer, cancellationToken).ConfigureAwait(false);
            // Room found stays found while the call waits for its slot: only this turn's holder adds to it.
            var lease = await _calls.EnterAsync(tracer, cancellationToken).ConfigureAwait(false);
            _recent.Enqueue((lease, messages));
            return lease;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task WaitForRoomAsync(int messages, RequestTracer tracer, CancellationToken cancellationToken)
    {
        var traced = false;
        while (true)
        {
            var now = _clock.Elapsed;
            // Leases are freed in any order, but recorded in start order: drop the freed ones at the front.
            while (_recent.Count > 0 && FreedAt(_recent.Peek().Lease) <= now) _recent.Dequeue();
            var live = _recent.Where(r => FreedAt(r.Lease) > now).OrderBy(r => FreedAt(r.Lease)).ToList();
            var excess = live.Sum(r => r.Messages) + messages - Capacity;
            // A call larger than the whole limit goes once nothing else counts.
            if (excess <= 0 || live.Count == 0) return;

            var freedBy = TimeSpan.Zero;
            foreach (var (lease, count) in live)
            {
                freedBy = FreedAt(lease);
                excess -= count;
                if (excess <= 0) break;
            }
            var wait = freedBy - now;
            if (!traced && wait > TimeSpan.FromMilliseconds(100))
            {
                tracer.RateLimitWait(_family, wait);
                traced = true;
            }
            // An answer arriving in the meantime moves its lease's freeing earlier: look again then.
            var delay = _clock.Delay(wait, cancellationToken);
            var inFlight = live.Where(r => r.Lease.EndedAt is null).Select(r => r.Lease.Ended).ToList();
            if (inFlight.Count == 0) await delay.ConfigureAwait(false);
            else await Task.WhenAny(inFlight.Append(delay)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>When a call's messages stop counting: a window after its answer (or after its arrival bound, while unanswered).</summary>
    private TimeSpan FreedAt(RateLease lease) => (lease.EndedAt ?? lease.StartedAt + SlidingWindowGate.ArrivalBound) + Window;
}
