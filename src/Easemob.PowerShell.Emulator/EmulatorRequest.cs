using System;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>One request the emulator served (or dropped), as recorded in <see cref="EasemobEmulator.Requests"/>.</summary>
public sealed class EmulatorRequest
{
    internal EmulatorRequest(DateTimeOffset time, DateTimeOffset answered, string method, string path, string query, int status,
        string? errorCode, EmulatorFault fault, EmApiFamily? family)
    {
        Time = time;
        Answered = answered;
        Method = method;
        Path = path;
        Query = query;
        Status = status;
        ErrorCode = errorCode;
        Fault = fault;
        Family = family;
    }

    /// <summary>When the request arrived (its start).</summary>
    public DateTimeOffset Time { get; }

    /// <summary>
    /// When the answer was handed to the connection, or the connection dropped (its end). Both times come from
    /// one monotonic clock, so a request answered before another arrived has <c>Answered</c> &lt;= the other's <c>Time</c>.
    /// </summary>
    public DateTimeOffset Answered { get; }

    public string Method { get; }

    /// <summary>The raw path as received, still percent-encoded, e.g. "/demo-org/demo-app/chatrooms/1%2C2".</summary>
    public string Path { get; }

    /// <summary>The raw query without '?', "" if none.</summary>
    public string Query { get; }

    /// <summary>The status sent; 0 if the connection was dropped.</summary>
    public int Status { get; }

    /// <summary>From arrival until the answer was handed to the connection (latency included): <c>Answered - Time</c>.</summary>
    public TimeSpan Duration => Answered - Time;

    /// <summary>The vendor error code sent, if any.</summary>
    public string? ErrorCode { get; }

    public EmulatorFault Fault { get; }

    /// <summary>The rate-limit family of the call; null for an unknown route.</summary>
    public EmApiFamily? Family { get; }

    public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : string.Empty)} -> {Status}";
}
