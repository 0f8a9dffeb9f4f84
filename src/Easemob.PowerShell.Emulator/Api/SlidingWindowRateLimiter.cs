using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>
    /// The service's per-family rate limits as a sliding log: a request is admitted only if fewer than the limit
    /// were admitted in the second before it, in ANY one-second window, not per calendar second. Rejected
    /// requests are not logged, so they do not extend the wait. Thread-safe.
    /// </summary>
    internal sealed class SlidingWindowRateLimiter
    {
        private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

        private readonly Func<TimeSpan> now;
        private readonly Dictionary<EmApiFamily, Family> families;

        /// <param name="scale">Multiplies the documented limits; each limit is at least 1.</param>
        public SlidingWindowRateLimiter(double scale)
            : this(scale, StartClock())
        {
        }

        /// <param name="now">A monotonic clock (tests drive it by hand).</param>
        internal SlidingWindowRateLimiter(double scale, Func<TimeSpan> now)
        {
            this.now = now;
            families = Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>().ToDictionary(
                f => f,
                f => new Family(Math.Max(1, (int)Math.Floor(EmApiLimits.DocumentedCallsPerSecond(f) * scale))));
        }

        /// <summary>Admits and logs the request, or refuses it and tells when the oldest admission leaves the window.</summary>
        public bool TryAcquire(EmApiFamily family, out TimeSpan retryAfter)
        {
            var log = families[family];
            lock (log)
            {
                var time = now();
                while (log.Admitted.Count > 0 && time - log.Admitted.Peek() >= Window)
                {
                    log.Admitted.Dequeue();
                }

                if (log.Admitted.Count < log.Limit)
                {
                    log.Admitted.Enqueue(time);
                    retryAfter = TimeSpan.Zero;
                    return true;
                }

                retryAfter = log.Admitted.Peek() + Window - time;
                return false;
            }
        }

        private static Func<TimeSpan> StartClock()
        {
            var stopwatch = Stopwatch.StartNew();
            return () => stopwatch.Elapsed;
        }

        private sealed class Family
        {
            public Family(int limit)
            {
                Limit = limit;
            }

            public int Limit { get; }

            /// <summary>Times of the admissions within the last window, oldest first.</summary>
            public Queue<TimeSpan> Admitted { get; } = new Queue<TimeSpan>();
        }
    }
}
