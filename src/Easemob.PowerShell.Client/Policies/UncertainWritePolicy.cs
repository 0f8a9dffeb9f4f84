using System;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// Sends a write that is not safe to repeat (a create). When its outcome is unknown (a 500, a timeout, a connection
/// lost after sending), it looks for what the write would have made instead of guessing: found is the write's
/// success; not found, the write is retried (at most MaxRetry times); when the lookup itself fails, the error says
/// the write may have been carried out (<see cref="EasemobApiException.MayExist"/>).
/// </summary>
internal sealed class UncertainWritePolicy
{
    /// <summary>
    /// How far before the first attempt a match's creation time may lie: the server's clock stamps it, ours
    /// starts the attempt, and the two can differ by this much.
    /// </summary>
    internal static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromSeconds(30);

    private readonly RetryPolicy _retryPolicy;
    private readonly IClock _clock;

    public UncertainWritePolicy(RetryPolicy retryPolicy, IClock clock)
    {
        _retryPolicy = retryPolicy;
        _clock = clock;
    }

    /// <param name="write">Sends the write once (with the usual retries of failures that surely did not apply).</param>
    /// <param name="findApplied">
    /// Looks up what the write would have made, created at or after the given time; null when there is none.
    /// </param>
    /// <param name="what">What may exist, for the error: "The chatroom", "The user".</param>
    public async Task<T> SendAsync<T>(
        Func<CancellationToken, Task<T>> write,
        Func<DateTimeOffset, CancellationToken, Task<T?>> findApplied,
        string what,
        RequestTracer tracer,
        CancellationToken cancellationToken)
        where T : class
    {
        var notBefore = _clock.UtcNow - ClockSkewAllowance;
        for (var retries = 0; ; retries++)
        {
            EasemobApiException uncertain;
            try
            {
                return await write(cancellationToken).ConfigureAwait(false);
            }
            catch (EasemobApiException e) when (e.MayHaveApplied || e.EarlierAttemptMayHaveApplied)
            {
                uncertain = e;
            }

            T? applied;
            try
            {
                applied = await findApplied(notBefore, cancellationToken).ConfigureAwait(false);
            }
            catch (EasemobApiException lookupFailure)
            {
                tracer.Resolution(uncertain, "the lookup failed: " + RequestTracer.Outcome(lookupFailure));
                uncertain.MarkMayExist(what + " may exist nonetheless: its answer was lost and looking it up failed.");
                throw uncertain;
            }

            if (applied is not null)
            {
                tracer.Resolution(uncertain, "found, it was carried out");
                return applied;
            }

            // Looked up and not there: the write did not happen, so repeating it cannot duplicate it.
            uncertain.ClearMayExist();
            var delay = retries < _retryPolicy.MaxRetry ? _retryPolicy.Backoff(retries) : (TimeSpan?)null;
            tracer.Resolution(uncertain, delay is null ? "not found, no retry left" : "not found, retrying");
            if (delay is null) throw uncertain;
            await _clock.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
        }
    }
}
