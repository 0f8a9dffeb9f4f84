using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// The service's per-family rate limits as a sliding log: a request is admitted only if fewer than the limit
/// were admitted in the window before it, in ANY window, not per calendar second. Rejected requests are not
/// logged, so they do not extend the wait. A request may weigh more than one (a send counts its recipients
/// against the message limits). Thread-safe.
/// </summary>
internal sealed class SlidingWindowRateLimiter
{
    private readonly Func<TimeSpan> _now;
    private readonly Dictionary<EmApiFamily, Family> _families;

    /// <param name="scale">Multiplies the documented limits; each limit is at least 1.</param>
    public SlidingWindowRateLimiter(double scale)
        : this(scale, StartClock())
    {
    }

    /// <param name="now">A monotonic clock (tests drive it by hand).</param>
    internal SlidingWindowRateLimiter(double scale, Func<TimeSpan> now)
        : this(now, Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>()
            .Where(f => EmApiLimits.DocumentedCallLimit(f).HasValue)
            .ToDictionary(f => f, f => Scaled(EmApiLimits.DocumentedCallLimit(f)!.Value, scale)))
    {
    }

    private SlidingWindowRateLimiter(Func<TimeSpan> now, Dictionary<EmApiFamily, Family> families)
    {
        _now = now;
        _families = families;
    }

    /// <summary>The message limits of the families that have one (messages per window; a send weighs its recipients).</summary>
    public static SlidingWindowRateLimiter ForMessages(double scale) =>
        new SlidingWindowRateLimiter(StartClock(), Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>()
            .Where(f => EmApiLimits.DocumentedMessageLimit(f).HasValue)
            .ToDictionary(f => f, f => Scaled(EmApiLimits.DocumentedMessageLimit(f)!.Value, scale)));

    /// <summary>The broadcasts' quotas per window (10 a minute, one per 30 minutes, one a minute); never scaled: they are quotas.</summary>
    /// <param name="now">The emulator clock's monotonic time, so a test moves past a window instead of waiting.</param>
    public static SlidingWindowRateLimiter ForBroadcasts(Func<TimeSpan> now) =>
        new SlidingWindowRateLimiter(now, Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>()
            .Where(f => EmApiLimits.DocumentedBroadcastQuota(f).HasValue)
            .ToDictionary(f => f, f => Scaled(EmApiLimits.DocumentedBroadcastQuota(f)!.Value.PerWindow, 1)));

    /// <summary>Admits and logs the request, or refuses it and tells when enough admissions leave the window.</summary>
    public bool TryAcquire(EmApiFamily family, out TimeSpan retryAfter) => TryAcquire(family, 1, out retryAfter);

    /// <param name="weight">What the request counts for; one heavier than the whole limit is admitted only into an empty window.</param>
    public bool TryAcquire(EmApiFamily family, int weight, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        // A family without a documented limit (the object store's downloads) is never refused.
        if (!_families.TryGetValue(family, out var log))
        {
            return true;
        }

        lock (log)
        {
            var time = _now();
            while (log.Admitted.Count > 0 && time - log.Admitted.Peek().Time >= log.Window)
            {
                log.Total -= log.Admitted.Dequeue().Weight;
            }

            if (log.Total + weight <= log.Limit || log.Admitted.Count == 0)
            {
                log.Admitted.Enqueue((time, weight));
                log.Total += weight;
                return true;
            }

            var excess = log.Total + weight - log.Limit;
            foreach (var (admitted, counted) in log.Admitted)
            {
                retryAfter = admitted + log.Window - time;
                excess -= counted;
                if (excess <= 0)
                {
                    break;
                }
            }

            return false;
        }
    }

    private static Family Scaled(EmRateLimit limit, double scale) => new Family(Math.Max(1, (int)Math.Floor(limit.Count * scale)), limit.Window);

    private static Func<TimeSpan> StartClock()
    {
        var stopwatch = Stopwatch.StartNew();
        return () => stopwatch.Elapsed;
    }

    private sealed class Family
    {
        public Family(int limit, TimeSpan window)
        {
            Limit = limit;
            Window = window;
        }

        public int Limit { get; }

        public TimeSpan Window { get; }

        /// <summary>The admissions within the last window, oldest first, with what each counted for.</summary>
        public Queue<(TimeSpan Time, int Weight)> Admitted { get; } = new Queue<(TimeSpan Time, int Weight)>();

        /// <summary>The sum of <see cref="Admitted"/>'s weights.</summary>
        public int Total { get; set; }
    }
}
