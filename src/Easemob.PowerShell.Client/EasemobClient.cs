using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// The Easemob REST client for one app. Safe for any number of concurrent calls: they share one token, one rate
/// governor and pooled connections. Calls throw <see cref="EasemobApiException"/> for failed calls,
/// <see cref="ArgumentException"/> for arguments that cannot be sent, and <see cref="OperationCanceledException"/>
/// when cancelled.
/// </summary>
public sealed partial class EasemobClient : IDisposable
{
    private readonly ClientCore _core;
    private readonly RequestTracer _tracer;
    private readonly bool _ownsCore;

    /// <exception cref="ArgumentException">The options are incomplete or contradictory (see <see cref="EasemobClientOptions"/>).</exception>
    public EasemobClient(EasemobClientOptions options)
        : this(options, SystemClock.Instance)
    {
    }

    internal EasemobClient(EasemobClientOptions options, IClock clock)
        : this(new ClientCore(options, clock), RequestTracer.None, ownsCore: true)
    {
    }

    private EasemobClient(ClientCore core, RequestTracer tracer, bool ownsCore)
    {
        _core = core;
        _tracer = tracer;
        _ownsCore = ownsCore;
    }

    public Uri BaseUri => _core.BaseUri;

    public string OrgName => _core.OrgName;

    public string AppName => _core.AppName;

    public EmAuthMode AuthMode => _core.AuthMode;

    /// <summary>
    /// When the current token expires: null when unknown (a pre-issued token) or none fetched yet;
    /// <see cref="DateTimeOffset.MaxValue"/> for a token that never expires.
    /// </summary>
    public DateTimeOffset? TokenExpiresOn => _core.Tokens.Current?.ExpiresOn;

    /// <summary>How many token fetches this client (with its views) started.</summary>
    public int TokenFetchCount => _core.Tokens.FetchCount;

    /// <summary>
    /// A view of this client that shares everything with it (connections, token, rate governor, options) and
    /// writes one line per attempt, retry and long rate-limit wait to <paramref name="trace"/>, which may be
    /// called from any thread. Disposing a view does nothing; dispose the original client.
    /// </summary>
    public EasemobClient WithTrace(Action<string>? trace) => new(_core, new RequestTracer(trace), ownsCore: false);

    /// <summary>Fetches a token now when there is none or it is about to expire; does nothing for a pre-issued token.</summary>
    public Task EnsureTokenAsync(CancellationToken cancellationToken) => _core.Tokens.GetAsync(_tracer, cancellationToken);

    public void Dispose()
    {
        if (_ownsCore) _core.Dispose();
    }

    private Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> answerType, CancellationToken cancellationToken)
        where T : class =>
        _core.SendAsync(request, answerType, _tracer, cancellationToken);

    /// <summary>For answers whose <c>data</c> object is the result: a 200 without it is not an answer.</summary>
    private async Task<TData> SendForDataAsync<TData>(ApiRequest request, JsonTypeInfo<DataEnvelope<TData>> answerType, CancellationToken cancellationToken)
        where TData : class
    {
        var answer = await SendAsync(request, answerType, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw ApiFailures.InvalidResponse(request, "it has no data.");
    }

    private static readonly ArraySegment<byte> NoBody = new(Array.Empty<byte>());

    /// <summary>A request body: <paramref name="body"/> as UTF-8 JSON.</summary>
    private static ArraySegment<byte> Body<T>(T body, JsonTypeInfo<T> type) => new(JsonSerializer.SerializeToUtf8Bytes(body, type));

    private static void RequireAtLeast(int value, int minimum, string name)
    {
        if (value < minimum) throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}.");
    }
}
