using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Hosting
{
    /// <summary>
    /// The request log. A request takes its place on arrival and is filled in once answered, so the log stays in
    /// arrival order while answers finish in any order. Thread-safe.
    /// </summary>
    internal sealed class RequestLog
    {
        private readonly object gate = new object();
        private readonly List<Entry> entries = new List<Entry>();

        /// <summary>Records an arrival; complete it with <see cref="Complete"/>.</summary>
        public Entry Arrive(string method, string path, string query)
        {
            var entry = new Entry(DateTimeOffset.UtcNow, method, path, query);
            lock (gate)
            {
                entries.Add(entry);
            }

            return entry;
        }

        /// <summary>Records the answer; a dropped connection is recorded with status 0.</summary>
        public void Complete(Entry entry, EmulatorHttpResponse response)
        {
            var request = new EmulatorRequest(entry.Time, entry.Method, entry.Path, entry.Query, response.Status, entry.Elapsed,
                response.ErrorCode, response.Fault, response.Family);
            lock (gate)
            {
                entry.Completed = request;
            }
        }

        /// <summary>The answered requests, in arrival order (requests still in progress are left out).</summary>
        public IReadOnlyList<EmulatorRequest> Snapshot()
        {
            lock (gate)
            {
                return entries.Where(e => e.Completed != null).Select(e => e.Completed!).ToArray();
            }
        }

        public void Clear()
        {
            lock (gate)
            {
                entries.Clear();
            }
        }

        /// <summary>A request's place in the log.</summary>
        internal sealed class Entry
        {
            private static readonly double TicksPerTimestamp = (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency;

            private readonly long startTimestamp = Stopwatch.GetTimestamp();

            public Entry(DateTimeOffset time, string method, string path, string query)
            {
                Time = time;
                Method = method;
                Path = path;
                Query = query;
            }

            public DateTimeOffset Time { get; }

            /// <summary>Time since arrival, on the monotonic clock.</summary>
            public TimeSpan Elapsed => TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - startTimestamp) * TicksPerTimestamp));

            public string Method { get; }

            public string Path { get; }

            public string Query { get; }

            public EmulatorRequest? Completed { get; set; }
        }
    }
}
