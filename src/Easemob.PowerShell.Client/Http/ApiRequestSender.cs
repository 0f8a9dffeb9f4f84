using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Auth;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// Sends one logical call through the client's policies, in this order for every attempt: app token (cached),
/// rate governor, one HTTP exchange under the attempt timeout; then on failure, the one-time token renewal after
/// a 401, or a retry after a backoff, or the exception. Shared by every call of a client.
/// </summary>
internal sealed class ApiRequestSender
{
    private readonly HttpClientSource _http;
    private readonly RateGovernor _governor;
    private readonly RetryPolicy _retryPolicy;
    private readonly IClock _clock;
    private readonly TimeSpan _attemptTimeout;

    public ApiRequestSender(HttpClientSource http, RateGovernor governor, RetryPolicy retryPolicy, IClock clock, TimeSpan attemptTimeout)
    {
        _http = http;
        _governor = governor;
        _retryPolicy = retryPolicy;
        _clock = clock;
        _attemptTimeout = attemptTimeout;
    }

    /// <summary>Returns the body of the 200 answer, or throws the last attempt's <see cref="EasemobApiException"/>.</summary>
    /// <param name="tokens">The app token cache; null for the token request itself.</param>
    public async Task<byte[]> SendAsync(ApiRequest request, TokenCache? tokens, RequestTracer tracer, CancellationToken cancellationToken)
    {
        var retries = 0;
        var renewedRejectedToken = false;
        var earlierAttemptMayHaveApplied = false;
        while (true)
        {
            // Token before the governor: a token fetch while holding a rate slot would keep it from being reused.
            var token = tokens is null ? null : await tokens.GetAsync(tracer, cancellationToken).ConfigureAwait(false);
            EasemobApiException failure;
            // The lease ends with the attempt: by then the request has reached the server or never will.
            using (await _governor.EnterAsync(request.Family, request.Messages, tracer, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    var body = await SendAttemptAsync(request, token?.Value, tracer, cancellationToken).ConfigureAwait(false);
                    request.AnsweredAfterUncertainAttempt = earlierAttemptMayHaveApplied;
                    return body;
                }
                catch (EasemobApiException e)
                {
                    failure = e;
                    failure.EarlierAttemptMayHaveApplied = earlierAttemptMayHaveApplied;
                }
            }

            if (failure.IsTokenRefusal && token is not null && tokens!.CanRenew && !renewedRejectedToken)
            {
                // The server can revoke a token before it expires: renew it once (one fetch for all callers that
                // hit this) and retry once.
                renewedRejectedToken = true;
                tracer.TokenRejected(request, failure);
                tokens.Reject(token);
                continue;
            }

            var delay = _retryPolicy.GetDelay(request.Idempotency, failure, retries);
            if (delay is null)
            {
                // A write whose outcome stays unknown says so; a create's caller may still resolve it by a lookup.
                if (request.Authenticated && request.Idempotency != RequestIdempotency.Read && (failure.MayHaveApplied || earlierAttemptMayHaveApplied))
                    failure.MarkMayExist("The change may have been made nonetheless: its answer was lost.");
                throw failure;
            }
            retries++;
            earlierAttemptMayHaveApplied |= failure.MayHaveApplied;
            tracer.Retry(request, failure, retries, _retryPolicy.MaxRetry, delay.Value);
            await _clock.Delay(delay.Value.Duration, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<byte[]> SendAttemptAsync(ApiRequest request, string? bearerToken, RequestTracer tracer, CancellationToken cancellationToken)
    {
        using var message = request.CreateMessage(bearerToken);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_attemptTimeout);
        var started = _clock.Elapsed;
        try
        {
            using var response = await _http.CreateClient().SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                tracer.Attempt(request, "200", _clock.Elapsed - started);
                return body;
            }
            var failure = ErrorResponseReader.ToException(request, response, body, bearerToken, _clock.UtcNow);
            tracer.Attempt(request, RequestTracer.Outcome(failure), _clock.Elapsed - started);
            throw failure;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            tracer.Attempt(request, EasemobApiException.TimeoutCode, _clock.Elapsed - started);
            throw ApiFailures.TimedOut(request, _attemptTimeout);
        }
        catch (Exception e) when (TransportFailure.IsTransportFailure(e))
        {
            tracer.Attempt(request, EasemobApiException.ConnectionFailedCode, _clock.Elapsed - started);
            throw ApiFailures.ConnectionFailed(request, e, requestNotSent: TransportFailure.IsConnectFailure(e));
        }
    }
}
