using System;
using System.Diagnostics;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>An HTTP request as the API sees it, free of any transport: what the host received, still raw.</summary>
internal sealed class EmulatorHttpRequest
{
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    /// <param name="rawTarget">The request target as sent (e.g. RawUrl): path and query, still percent-encoded.</param>
    /// <param name="host">The Host header, for the "uri" field of answers.</param>
    public EmulatorHttpRequest(string method, string rawTarget, string? authorization = null, byte[]? body = null, string host = "127.0.0.1")
    {
        Method = method.ToUpperInvariant();
        (Path, Query) = SplitTarget(rawTarget);
        Authorization = authorization;
        Body = body ?? Array.Empty<byte>();
        Host = host;
    }

    public string Method { get; }

    /// <summary>The raw path, e.g. "/demo-org/demo-app/chatrooms/1%2C2".</summary>
    public string Path { get; }

    /// <summary>The raw query without '?', "" if none.</summary>
    public string Query { get; }

    public string? Authorization { get; }

    public byte[] Body { get; }

    public string Host { get; }

    public bool IsWrite => Method == "POST" || Method == "PUT" || Method == "DELETE";

    /// <summary>Milliseconds since the request was received, the "duration" of answers.</summary>
    public long ElapsedMilliseconds => (Stopwatch.GetTimestamp() - _startTimestamp) * 1000 / Stopwatch.Frequency;

    /// <summary>Splits a raw request target into path and query; an absolute-form target loses its scheme and authority.</summary>
    public static (string Path, string Query) SplitTarget(string rawTarget)
    {
        var target = rawTarget;
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0 && scheme < target.IndexOf('/'))
        {
            var pathStart = target.IndexOf('/', scheme + 3);
            target = pathStart < 0 ? "/" : target.Substring(pathStart);
        }

        var question = target.IndexOf('?');
        return question < 0 ? (target, string.Empty) : (target.Substring(0, question), target.Substring(question + 1));
    }
}
