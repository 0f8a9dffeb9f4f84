using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Auth;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// What an <see cref="EasemobClient"/> and all its <see cref="EasemobClient.WithTrace"/> views share: the validated
/// options, HTTP clients, token cache, rate governor and retry policy.
/// </summary>
internal sealed class ClientCore : IDisposable
{
    private const double MinRateLimitScale = 0.001;
    private const double MaxRateLimitScale = 1000;

    private readonly HttpClientSource _http;
    private readonly ApiRequestSender _sender;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly SecureString? _clientSecret;
    private volatile bool _disposed;

    public ClientCore(EasemobClientOptions options, IClock clock)
    {
        Validate(options);
        BaseUri = options.BaseUri;
        OrgName = options.OrgName;
        AppName = options.AppName;
        Api = new ApiRoot(BaseUri, OrgName, AppName);

        var preIssuedToken = options.Token is null ? null : ReadSecureString(options.Token);
        if (preIssuedToken is not null && !TokenEndpoint.IsUsableBearerToken(preIssuedToken))
            throw new ArgumentException("Token must be a non-empty bearer token of printable ASCII characters without spaces.", nameof(options));

        _http = new HttpClientSource(options.PrimaryHandler);
        var retryPolicy = new RetryPolicy(options.MaxRetry);
        _sender = new ApiRequestSender(_http, RateGovernor.Create(options.RateLimitScale, clock), retryPolicy, clock, options.RequestTimeout);
        UncertainWrites = new UncertainWritePolicy(retryPolicy, clock);

        if (preIssuedToken is not null)
        {
            AuthMode = EmAuthMode.Token;
            Tokens = TokenCache.ForPreIssuedToken(preIssuedToken, clock);
        }
        else
        {
            AuthMode = EmAuthMode.ClientCredentials;
            _clientSecret = options.ClientSecret!.Copy();
            _clientSecret.MakeReadOnly();
            var endpoint = new TokenEndpoint(_sender, Api.Path("token").Build(), options.ClientId!, _clientSecret, clock);
            Tokens = TokenCache.ForClientCredentials(endpoint.FetchAsync, clock, _lifetime.Token);
        }
    }

    public Uri BaseUri { get; }

    public string OrgName { get; }

    public string AppName { get; }

    public EmAuthMode AuthMode { get; }

    public ApiRoot Api { get; }

    public TokenCache Tokens { get; }

    /// <summary>Resolves creates whose outcome is unknown by looking up what they would have made.</summary>
    public UncertainWritePolicy UncertainWrites { get; }

    /// <summary>Sends an authenticated call; returns the 200 answer's body.</summary>
    public Task<byte[]> SendAsync(ApiRequest request, RequestTracer tracer, CancellationToken cancellationToken)
    {
        if (_disposed) throw new ObjectDisposedException(nameof(EasemobClient));
        return _sender.SendAsync(request, Tokens, tracer, cancellationToken);
    }

    /// <summary>Sends a request without the app token (a signed download URL); returns the 200 answer's body.</summary>
    public Task<byte[]> SendWithoutTokenAsync(ApiRequest request, RequestTracer tracer, CancellationToken cancellationToken)
    {
        if (_disposed) throw new ObjectDisposedException(nameof(EasemobClient));
        return _sender.SendAsync(request, null, tracer, cancellationToken);
    }

    /// <summary>Sends an authenticated call; returns the 200 answer read as <typeparamref name="T"/>.</summary>
    public async Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> answerType, RequestTracer tracer, CancellationToken cancellationToken)
        where T : class
    {
        var body = await SendAsync(request, tracer, cancellationToken).ConfigureAwait(false);
        return ResponseBody.Parse(body, answerType, request);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _lifetime.Cancel();
        _http.Dispose();
        _clientSecret?.Dispose();
        _lifetime.Dispose();
    }

    private static void Validate(EasemobClientOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));

        var baseUri = options.BaseUri;
        if (baseUri is null || !baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("BaseUri must be an absolute http or https URI, e.g. https://a1.easemob.com/.", nameof(options));
        // The bearer token and client secret travel in every request: plain http only to this machine (emulator, tests).
        if (baseUri.Scheme == Uri.UriSchemeHttp && !baseUri.IsLoopback)
            throw new ArgumentException($"BaseUri must use https; plain http is allowed only for loopback addresses, not '{baseUri.Host}'.", nameof(options));
        if (!string.IsNullOrEmpty(baseUri.Query) || !string.IsNullOrEmpty(baseUri.Fragment) || !string.IsNullOrEmpty(baseUri.UserInfo))
            throw new ArgumentException("BaseUri must not contain a query, a fragment or user information.", nameof(options));

        if (string.IsNullOrWhiteSpace(options.OrgName)) throw new ArgumentException("OrgName is required.", nameof(options));
        if (string.IsNullOrWhiteSpace(options.AppName)) throw new ArgumentException("AppName is required.", nameof(options));

        var hasClientCredentials = !string.IsNullOrEmpty(options.ClientId) || options.ClientSecret is not null;
        var hasToken = options.Token is not null;
        if (hasClientCredentials == hasToken)
            throw new ArgumentException("Give either ClientId with ClientSecret, or Token, not both.", nameof(options));
        if (hasClientCredentials && (string.IsNullOrEmpty(options.ClientId) || options.ClientSecret is null || options.ClientSecret.Length == 0))
            throw new ArgumentException("ClientId and ClientSecret must both be given.", nameof(options));

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(options), options.RequestTimeout, "RequestTimeout must be positive.");
        if (options.MaxRetry < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxRetry, "MaxRetry must not be negative.");
        // Bounded so that the governor's per-family memory of recent starts stays small.
        if (options.RateLimitScale is { } scale && !(scale >= MinRateLimitScale && scale <= MaxRateLimitScale))
            throw new ArgumentOutOfRangeException(nameof(options), scale,
                $"RateLimitScale must be between {MinRateLimitScale} and {MaxRateLimitScale}, or null to turn the rate governor off.");
    }

    /// <summary>The pre-issued token is needed as a string for every request's header anyway.</summary>
    private static string ReadSecureString(SecureString value)
    {
        var unmanaged = Marshal.SecureStringToGlobalAllocUnicode(value);
        try
        {
            return Marshal.PtrToStringUni(unmanaged, value.Length);
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
        }
    }
}
