using System;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// Decides whether a failed attempt is retried and after how long: exponential backoff with full jitter
/// (spreads concurrent callers apart), at least the server's Retry-After.
/// </summary>
internal sealed class RetryPolicy
{
    internal static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(300);
    internal static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(15);

    /// <summary>A longer Retry-After is not sat out silently: the exception (with its RetryAfter) goes to the caller.</summary>
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(2);


    private readonly Random _random = new();

    public RetryPolicy(int maxRetry) => MaxRetry = maxRetry;

    public int MaxRetry { get; }

    /// <summary>The wait before retry number <paramref name="retriesSoFar"/> + 1, or null when the failure must surface.</summary>
    public RetryDelay? GetDelay(RequestIdempotency idempotency, EasemobApiException failure, int retriesSoFar)
    {
        if (retriesSoFar >= MaxRetry || !IsRetryable(idempotency, failure)) return null;
        var backoff = Backoff(retriesSoFar);
        // The other request's create is done once the window has passed; sooner would meet the same refusal.
        if (failure.ErrorCode == EmErrorCodes.ConcurrentOperation && backoff < EmApiLimits.ConcurrentAutoCreateWindow)
            backoff = EmApiLimits.ConcurrentAutoCreateWindow;
        if (failure.RetryAfter is not { } retryAfter) return new RetryDelay(backoff, fromRetryAfter: false);
        if (retryAfter > MaxRetryAfter) return null;
        return retryAfter >= backoff ? new RetryDelay(retryAfter, fromRetryAfter: true) : new RetryDelay(backoff, fromRetryAfter: false);
    }

    /// <summary>
    /// Retried for every request: answers where the server surely did not act (429 rate limit, 503, 409 concurrent
    /// auto-create) and failures to
    /// connect. Retried only when repeating is harmless: answers or failures after which the server may have acted
    /// (500, 502, 504, timeout, a connection broken after sending), and 409 metadata_error (a concurrent edit of group
    /// member attributes refused). Never: 429 resource_limited (a plan quota that waiting does not lift) and every other
    /// status. The 403 message_send_error is the message families' second throttle (too many recipients in the
    /// window): like a 429, nothing was sent, so it is retried. A broadcast (<see cref="RequestIdempotency.Once"/>) is
    /// never retried.
    /// </summary>
    internal static bool IsRetryable(RequestIdempotency idempotency, EasemobApiException failure)
    {
        if (idempotency == RequestIdempotency.Once) return false;
        var idempotent = idempotency != RequestIdempotency.NonIdempotent;
        switch (failure.StatusCode)
        {
            case 0:
                return idempotent || failure.RequestNotSent;
            case 429:
                return failure.ErrorCode != EmErrorCodes.ResourceLimited;
            case 409:
                // Two token requests auto-created one user at once: this one did nothing, the user now exists.
                // A concurrent edit of a member's attributes refused (metadata_error): nothing applied, a repeat is harmless when the call is.
                // Any other conflict stands.
                return failure.ErrorCode == EmErrorCodes.ConcurrentOperation || idempotent && failure.ErrorCode == EmErrorCodes.MetadataError;
            case 503:
                return true;
            case 403:
                return failure.ErrorCode == EmErrorCodes.MessageSendError;
            case 500:
            case 502:
            case 504:
                return idempotent;
            default:
                return false;
        }
    }

    /// <summary>Full jitter: uniformly random between 0 and min(MaxDelay, BaseDelay·2^retriesSoFar).</summary>
    internal TimeSpan Backoff(int retriesSoFar)
    {
        var ceiling = Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * Math.Pow(2, Math.Min(retriesSoFar, 30)));
        double fraction;
        lock (_random) fraction = _random.NextDouble();
        return TimeSpan.FromTicks((long)(ceiling * fraction));
    }
}
