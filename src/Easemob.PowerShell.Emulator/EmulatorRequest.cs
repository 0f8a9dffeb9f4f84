using System;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>One request the emulator served (or dropped), as recorded in <see cref="EasemobEmulator.Requests"/>.</summary>
    public sealed class EmulatorRequest
    {
        internal EmulatorRequest(DateTimeOffset time, string method, string path, string query, int status, TimeSpan duration,
            string? errorCode, EmulatorFault fault, EmApiFamily? family)
        {
            Time = time;
            Method = method;
            Path = path;
            Query = query;
            Status = status;
            Duration = duration;
            ErrorCode = errorCode;
            Fault = fault;
            Family = family;
        }

        /// <summary>When the request arrived.</summary>
        public DateTimeOffset Time { get; }

        public string Method { get; }

        /// <summary>The raw path as received, still percent-encoded, e.g. "/demo-org/demo-app/chatrooms/1%2C2".</summary>
        public string Path { get; }

        /// <summary>The raw query without '?', "" if none.</summary>
        public string Query { get; }

        /// <summary>The status sent; 0 if the connection was dropped.</summary>
        public int Status { get; }

        /// <summary>From arrival until the answer was handed to the connection (latency included).</summary>
        public TimeSpan Duration { get; }

        /// <summary>When the answer was handed to the connection: with <see cref="Time"/>, the request's time in flight.</summary>
        public DateTimeOffset Answered => Time + Duration;

        /// <summary>The vendor error code sent, if any.</summary>
        public string? ErrorCode { get; }

        public EmulatorFault Fault { get; }

        /// <summary>The rate-limit family of the call; null for an unknown route.</summary>
        public EmApiFamily? Family { get; }

        public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : string.Empty)} -> {Status}";
    }
}
