using System;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Policies;

namespace Easemob.PowerShell.Client.Auth;

/// <summary>
/// The app token shared by every call of one client. Fetching tokens too often can get an account blocked, so a
/// token is fetched only when there is none, when it is about to expire, or when the server rejected it, and
/// concurrent callers share one fetch.
/// </summary>
internal sealed class TokenCache
{
    private readonly object _lock = new();
    private readonly Func<RequestTracer, CancellationToken, Task<AccessToken>>? _fetch;
    private readonly IClock _clock;
    private readonly CancellationToken _clientLifetime;
    private AccessToken? _current;
    private Task<AccessToken>? _fetching;
    private int _fetchCount;

    private TokenCache(AccessToken? current, Func<RequestTracer, CancellationToken, Task<AccessToken>>? fetch, IClock clock, CancellationToken clientLifetime)
    {
        _current = current;
        _fetch = fetch;
        _clock = clock;
        _clientLifetime = clientLifetime;
    }

    /// <summary>False for a pre-issued token: a 401 then has to reach the caller.</summary>
    public bool CanRenew => _fetch is not null;

    public AccessToken? Current
    {
        get
        {
            lock (_lock) return _current;
        }
    }

    /// <summary>Token fetches started (a fetch's own retries are not counted).</summary>
    public int FetchCount => Volatile.Read(ref _fetchCount);

    public static TokenCache ForPreIssuedToken(string token, IClock clock) =>
        new(AccessToken.PreIssued(token), null, clock, CancellationToken.None);

    /// <summary>Tokens fetched (client credentials) or built locally (Agora), renewed before they expire.</summary>
    /// <param name="fetch">Fetches a new token; runs with <paramref name="clientLifetime"/>, not a caller's token, because callers share it.</param>
    public static TokenCache ForRenewable(Func<RequestTracer, CancellationToken, Task<AccessToken>> fetch, IClock clock, CancellationToken clientLifetime) =>
        new(null, fetch, clock, clientLifetime);

    /// <summary>The current token, fetching one first (shared with concurrent callers) when needed.</summary>
    public Task<AccessToken> GetAsync(RequestTracer tracer, CancellationToken cancellationToken)
    {
        Task<AccessToken> fetching;
        lock (_lock)
        {
            if (_current is not null && !_current.NeedsRenewal(_clock.UtcNow)) return Task.FromResult(_current);
            // A completed fetch either failed (try again) or produced a token that now needs renewal.
            if (_fetching is null || _fetching.IsCompleted)
            {
                _fetchCount++;
                // Started outside the lock and outside the caller's context: it can take a while and trace.
                _fetching = Task.Run(() => FetchAndStoreAsync(tracer));
            }
            fetching = _fetching;
        }
        return WaitAsync(fetching, cancellationToken);
    }

    /// <summary>
    /// The server refused <paramref name="rejected"/> (401). Forget it unless another caller already replaced it,
    /// so the next <see cref="GetAsync"/> fetches (or joins the fetch of) one new token.
    /// </summary>
    public void Reject(AccessToken rejected)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_current, rejected)) _current = null;
        }
    }

    private async Task<AccessToken> FetchAndStoreAsync(RequestTracer tracer)
    {
        var token = await _fetch!(tracer, _clientLifetime).ConfigureAwait(false);
        lock (_lock) _current = token;
        return token;
    }

    /// <summary>Lets one caller stop waiting without cancelling the fetch the others share.</summary>
    private static async Task<AccessToken> WaitAsync(Task<AccessToken> fetching, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || fetching.IsCompleted) return await fetching.ConfigureAwait(false);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            if (await Task.WhenAny(fetching, cancelled.Task).ConfigureAwait(false) != fetching)
                throw new OperationCanceledException(cancellationToken);
        }
        return await fetching.ConfigureAwait(false);
    }
}
