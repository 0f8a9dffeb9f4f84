using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Hosting
{
    /// <summary>
    /// The request log: a ring of the most recent requests. A request takes its place on arrival and is filled in
    /// once answered, so the log stays in arrival order while answers finish in any order. Entries live in
    /// fixed-size segments that are only ever appended to, so a snapshot shares them instead of copying the log:
    /// reading <see cref="Snapshot"/> costs a segment list and the requests still in flight. Thread-safe.
    /// </summary>
    internal sealed class RequestLog
    {
        /// <summary>How many requests are kept unless the options say otherwise (about 200 bytes each).</summary>
        public const int DefaultCapacity = 10_000;

        private const int SegmentSize = 512;

        private readonly object gate = new object();
        private readonly int capacity;
        private readonly IEmulatorClock clock;

        /// <summary>The wall time at <see cref="anchorElapsed"/>: logged times are both derived from one monotonic clock, so they compare exactly.</summary>
        private readonly DateTimeOffset anchor;
        private readonly TimeSpan anchorElapsed;

        /// <summary>Segments in order; <see cref="segmentBase"/> is the sequence number of the first one's first slot.</summary>
        private readonly List<Entry[]> segments = new List<Entry[]>();
        private long segmentBase;

        /// <summary>The oldest request kept, and the next to arrive: the log is [first, next).</summary>
        private long first;
        private long next;

        /// <summary>Kept requests not answered yet; a snapshot leaves them out.</summary>
        private readonly SortedSet<long> inFlight = new SortedSet<long>();

        public RequestLog(int capacity, IEmulatorClock clock)
        {
            this.capacity = capacity;
            this.clock = clock;
            anchor = clock.UtcNow;
            anchorElapsed = clock.Elapsed;
        }

        /// <summary>Records an arrival; complete it with <see cref="Complete"/>.</summary>
        public Entry Arrive(string method, string path, string query)
        {
            lock (gate)
            {
                var entry = new Entry(next++, Now(), method, path, query);
                var slot = entry.Sequence - segmentBase;
                if (slot / SegmentSize == segments.Count)
                {
                    segments.Add(new Entry[SegmentSize]);
                }

                segments[(int)(slot / SegmentSize)][slot % SegmentSize] = entry;
                inFlight.Add(entry.Sequence);
                if (next - first > capacity)
                {
                    Forget(next - capacity);
                }

                return entry;
            }
        }

        /// <summary>Records the answer; a dropped connection is recorded with status 0.</summary>
        public void Complete(Entry entry, EmulatorHttpResponse response)
        {
            var answered = Now();
            var request = new EmulatorRequest(entry.Time, answered, entry.Method, entry.Path, entry.Query, response.Status,
                response.ErrorCode, response.Fault, response.Family);
            lock (gate)
            {
                entry.Completed = request;
                inFlight.Remove(entry.Sequence);
            }
        }

        /// <summary>The answered requests kept, in arrival order (requests still in progress are left out); it never changes.</summary>
        public IReadOnlyList<EmulatorRequest> Snapshot()
        {
            lock (gate)
            {
                var unanswered = new long[inFlight.Count];
                inFlight.CopyTo(unanswered);
                return new Window(segments.ToArray(), segmentBase, first, next, unanswered);
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                Forget(next);
            }
        }

        private DateTimeOffset Now() => anchor + (clock.Elapsed - anchorElapsed);

        /// <summary>Drops the requests before <paramref name="sequence"/>, and the segments that hold only those. Caller holds the lock.</summary>
        private void Forget(long sequence)
        {
            first = sequence;
            while (segments.Count > 0 && segmentBase + SegmentSize <= first)
            {
                segments.RemoveAt(0);
                segmentBase += SegmentSize;
            }

            while (inFlight.Count > 0 && inFlight.Min < first)
            {
                inFlight.Remove(inFlight.Min);
            }
        }

        /// <summary>A request's place in the log.</summary>
        internal sealed class Entry
        {
            private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

            private readonly long startTimestamp = Stopwatch.GetTimestamp();

            public Entry(long sequence, DateTimeOffset time, string method, string path, string query)
            {
                Sequence = sequence;
                Time = time;
                Method = method;
                Path = path;
                Query = query;
            }

            public long Sequence { get; }

            public DateTimeOffset Time { get; }

            /// <summary>Real time since arrival, for the latency the transport adds (whatever clock the log reads).</summary>
            public TimeSpan Elapsed => TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - startTimestamp) * TicksPerTimestamp));

            public string Method { get; }

            public string Path { get; }

            public string Query { get; }

            /// <summary>Set once, under the log's lock, before the request leaves the in-flight set.</summary>
            public EmulatorRequest? Completed { get; set; }
        }

        /// <summary>
        /// The log as it was: the requests [start, end) minus those then in flight (<see cref="unanswered"/>,
        /// sorted). Slots inside the range are never written again, so it reads the shared segments without a lock.
        /// </summary>
        private sealed class Window : IReadOnlyList<EmulatorRequest>
        {
            private readonly Entry[][] segments;
            private readonly long segmentBase;
            private readonly long start;
            private readonly long end;
            private readonly long[] unanswered;

            public Window(Entry[][] segments, long segmentBase, long start, long end, long[] unanswered)
            {
                this.segments = segments;
                this.segmentBase = segmentBase;
                this.start = start;
                this.end = end;
                this.unanswered = unanswered;
            }

            public int Count => (int)(end - start) - unanswered.Length;

            public EmulatorRequest this[int index]
            {
                get
                {
                    if (index < 0 || index >= Count)
                    {
                        throw new ArgumentOutOfRangeException(nameof(index));
                    }

                    // The index-th answered request: step over the unanswered ones at or before it.
                    var sequence = start + index;
                    foreach (var skipped in unanswered)
                    {
                        if (skipped > sequence)
                        {
                            break;
                        }

                        sequence++;
                    }

                    return At(sequence);
                }
            }

            public IEnumerator<EmulatorRequest> GetEnumerator()
            {
                var skip = 0;
                for (var sequence = start; sequence < end; sequence++)
                {
                    if (skip < unanswered.Length && unanswered[skip] == sequence)
                    {
                        skip++;
                        continue;
                    }

                    yield return At(sequence);
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            private EmulatorRequest At(long sequence)
            {
                var slot = sequence - segmentBase;
                return segments[slot / SegmentSize][slot % SegmentSize].Completed!;
            }
        }
    }
}
