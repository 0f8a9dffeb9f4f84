using System;
using System.Globalization;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// Writes the optional one-line-per-event trace of <see cref="EasemobClient.WithTrace"/>. Lines name the method,
/// URL, status and timing only: never a header value or a body.
/// </summary>
internal sealed class RequestTracer
{
    public static readonly RequestTracer None = new(null);

    private readonly Action<string>? _sink;

    public RequestTracer(Action<string>? sink) => _sink = sink;

    /// <summary>"GET https://… -> 200 (12 ms)".</summary>
    public void Attempt(ApiRequest request, string outcome, TimeSpan elapsed)
    {
        if (_sink is null) return;
        Write(string.Format(CultureInfo.InvariantCulture, "{0} -> {1} ({2:0} ms)", request, outcome, elapsed.TotalMilliseconds));
    }

    /// <summary>"429 reach_limit on GET https://…; retry 1/5 in 1.20 s (Retry-After)".</summary>
    public void Retry(ApiRequest request, EasemobApiException failure, int retry, int maxRetry, RetryDelay delay)
    {
        if (_sink is null) return;
        Write(string.Format(CultureInfo.InvariantCulture, "{0} on {1}; retry {2}/{3} in {4:0.00} s{5}",
            Outcome(failure), request, retry, maxRetry, delay.Duration.TotalSeconds, delay.FromRetryAfter ? " (Retry-After)" : string.Empty));
    }

    /// <summary>"500 internal_server_error on POST https://…; outcome unknown: found, it was carried out".</summary>
    public void Resolution(EasemobApiException uncertain, string resolution)
    {
        if (_sink is null) return;
        Write($"{Outcome(uncertain)} on {uncertain.Method} {uncertain.RequestUri}; outcome unknown: {resolution}");
    }

    public void TokenRejected(ApiRequest request, EasemobApiException failure)
    {
        if (_sink is null) return;
        Write($"{Outcome(failure)} on {request}; fetching a new token and retrying once");
    }

    /// <summary>"built an Agora Chat app token locally, valid 3600 s": never the token itself.</summary>
    public void TokenBuilt(string kind, long lifetimeSeconds)
    {
        if (_sink is null) return;
        Write(string.Format(CultureInfo.InvariantCulture, "built {0} locally, valid {1} s", kind, lifetimeSeconds));
    }

    public void RateLimitWait(EmApiFamily family, TimeSpan wait)
    {
        if (_sink is null) return;
        Write(string.Format(CultureInfo.InvariantCulture, "rate limit {0}: waiting {1:0.00} s", family, wait.TotalSeconds));
    }

    /// <summary>"404 service_resource_not_found", "502", or a transport code such as "timeout".</summary>
    public static string Outcome(EasemobApiException failure)
    {
        if (failure.StatusCode == 0) return failure.ErrorCode ?? EasemobApiException.ConnectionFailedCode;
        var status = failure.StatusCode.ToString(CultureInfo.InvariantCulture);
        return failure.ErrorCode is null ? status : status + " " + failure.ErrorCode;
    }

    private void Write(string line)
    {
        try
        {
            _sink!(line);
        }
        catch (Exception)
        {
            // Tracing must never change a call's outcome; this also protects callers sharing a token fetch
            // that another caller's (possibly already finished) trace sink is attached to.
        }
    }
}
