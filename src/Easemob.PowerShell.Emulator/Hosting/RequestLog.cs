using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Hosting;

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

    private readonly object _gate = new object();
    private readonly int _capacity;
    private readonly IEmulatorClock _clock;

    /// <summary>The wall time at <see cref="_anchorElapsed"/>: logged times are both derived from one monotonic clock, so they compare exactly.</summary>
    private readonly DateTimeOffset _anchor;
    private readonly TimeSpan _anchorElapsed;

    /// <summary>Segments in order; <see cref="_segmentBase"/> is the sequence number of the first one's first slot.</summary>
    private readonly List<Entry[]> _segments = new List<Entry[]>();
    private long _segmentBase;

    /// <summary>The oldest request kept, and the next to arrive: the log is [first, next).</summary>
    private long _first;
    private long _next;

    /// <summary>Kept requests not answered yet; a snapshot leaves them out.</summary>
    private readonly SortedSet<long> _inFlight = new SortedSet<long>();

    public RequestLog(int capacity, IEmulatorClock clock)
    {
        _capacity = capacity;
        _clock = clock;
        _anchor = clock.UtcNow;
        _anchorElapsed = clock.Elapsed;
    }

    /// <summary>Records an arrival; complete it with <see cref="Complete"/>.</summary>
    public Entry Arrive(string method, string path, string query)
    {
        lock (_gate)
        {
            var entry = new Entry(_next++, Now(), method, path, query);
            var slot = entry.Sequence - _segmentBase;
            if (slot / SegmentSize == _segments.Count)
            {
                _segments.Add(new Entry[SegmentSize]);
            }

            _segments[(int)(slot / SegmentSize)][slot % SegmentSize] = entry;
            _inFlight.Add(entry.Sequence);
            if (_next - _first > _capacity)
            {
                Forget(_next - _capacity);
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
        lock (_gate)
        {
            entry.Completed = request;
            _inFlight.Remove(entry.Sequence);
        }
    }

    /// <summary>The answered requests kept, in arrival order (requests still in progress are left out); it never changes.</summary>
    public IReadOnlyList<EmulatorRequest> Snapshot()
    {
        lock (_gate)
        {
            var unanswered = new long[_inFlight.Count];
            _inFlight.CopyTo(unanswered);
            return new Window(_segments.ToArray(), _segmentBase, _first, _next, unanswered);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Forget(_next);
        }
    }

    private DateTimeOffset Now() => _anchor + (_clock.Elapsed - _anchorElapsed);

    /// <summary>Drops the requests before <paramref name="sequence"/>, and the segments that hold only those. Caller holds the lock.</summary>
    private void Forget(long sequence)
    {
        _first = sequence;
        while (_segments.Count > 0 && _segmentBase + SegmentSize <= _first)
        {
            _segments.RemoveAt(0);
            _segmentBase += SegmentSize;
        }

        while (_inFlight.Count > 0 && _inFlight.Min < _first)
        {
            _inFlight.Remove(_inFlight.Min);
        }
    }

    /// <summary>A request's place in the log.</summary>
    internal sealed class Entry
    {
        private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

        private readonly long _startTimestamp = Stopwatch.GetTimestamp();

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
        public TimeSpan Elapsed => TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - _startTimestamp) * TicksPerTimestamp));

        public string Method { get; }

        public string Path { get; }

        public string Query { get; }

        /// <summary>Set once, under the log's lock, before the request leaves the in-flight set.</summary>
        public EmulatorRequest? Completed { get; set; }
    }

    /// <summary>
    /// The log as it was: the requests [start, end) minus those then in flight (<see cref="_unanswered"/>,
    /// sorted). Slots inside the range are never written again, so it reads the shared segments without a lock.
    /// </summary>
    private sealed class Window : IReadOnlyList<EmulatorRequest>
    {
        private readonly Entry[][] _segments;
        private readonly long _segmentBase;
        private readonly long _start;
        private readonly long _end;
        private readonly long[] _unanswered;

        public Window(Entry[][] segments, long segmentBase, long start, long end, long[] unanswered)
        {
            _segments = segments;
            _segmentBase = segmentBase;
            _start = start;
            _end = end;
            _unanswered = unanswered;
        }

        public int Count => (int)(_end - _start) - _unanswered.Length;

        public EmulatorRequest this[int index]
        {
            get
            {
                if (index < 0 || index >= Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                // The index-th answered request: step over the unanswered ones at or before it.
                var sequence = _start + index;
                foreach (var skipped in _unanswered)
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
            for (var sequence = _start; sequence < _end; sequence++)
            {
                if (skip < _unanswered.Length && _unanswered[skip] == sequence)
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
            var slot = sequence - _segmentBase;
            return _segments[slot / SegmentSize][slot % SegmentSize].Completed!;
        }
    }
}
