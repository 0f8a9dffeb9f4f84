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
using Easemob.PowerShell.Model.Tokens;

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
    /// <summary>The client secret, or the Agora app certificate: a read-only copy the core disposes.</summary>
    private readonly SecureString? _secret;
    private volatile bool _disposed;

    public ClientCore(EasemobClientOptions options, IClock clock)
    {
        Validate(options);
        Clock = clock;
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
        else if (options.AgoraAppId is not null)
        {
            AuthMode = EmAuthMode.AgoraCertificate;
            _secret = ReadOnlyCopy(options.AppCertificate!);
            var source = new AgoraAppTokenSource(options.AgoraAppId, _secret, options.AgoraTokenLifetime, clock);
            Tokens = TokenCache.ForRenewable(source.BuildAsync, clock, _lifetime.Token);
        }
        else
        {
            AuthMode = EmAuthMode.ClientCredentials;
            _secret = ReadOnlyCopy(options.ClientSecret!);
            ClientId = options.ClientId;
            var endpoint = new TokenEndpoint(_sender, Api.Path("token").Build(), options.ClientId!, _secret, clock);
            Tokens = TokenCache.ForRenewable(endpoint.FetchAsync, clock, _lifetime.Token);
        }
    }

    public Uri BaseUri { get; }

    public IClock Clock { get; }

    public string OrgName { get; }

    public string AppName { get; }

    public EmAuthMode AuthMode { get; }

    /// <summary>The client id in client-credentials mode, else null.</summary>
    public string? ClientId { get; }

    /// <summary>The client secret in client-credentials mode, else null; read-only, owned by the core.</summary>
    public SecureString? ClientSecret => AuthMode == EmAuthMode.ClientCredentials ? _secret : null;

    public ApiRoot Api { get; }

    public TokenCache Tokens { get; }

    /// <summary>Resolves creates whose outcome is unknown by looking up what they would have made.</summary>
    public UncertainWritePolicy UncertainWrites { get; }

    /// <summary>Sends a call (with the app token unless it is a token request); returns the 200 answer's body.</summary>
    public Task<byte[]> SendAsync(ApiRequest request, RequestTracer tracer, CancellationToken cancellationToken)
    {
        if (_disposed) throw new ObjectDisposedException(nameof(EasemobClient));
        return _sender.SendAsync(request, request.Authenticated ? Tokens : null, tracer, cancellationToken);
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
        _secret?.Dispose();
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
        var hasAgora = options.AgoraAppId is not null || options.AppCertificate is not null;
        if ((hasClientCredentials ? 1 : 0) + (hasToken ? 1 : 0) + (hasAgora ? 1 : 0) != 1)
            throw new ArgumentException("Give one of: ClientId with ClientSecret, Token, or AgoraAppId with AppCertificate.", nameof(options));
        if (hasAgora)
            ValidateAgora(options);
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

    private static void ValidateAgora(EasemobClientOptions options)
    {
        if (options.AgoraAppId is null || !AgoraAccessToken2.IsHex32(options.AgoraAppId))
            throw new ArgumentException("AgoraAppId must be the Agora app id: 32 hexadecimal digits.", nameof(options));
        if (options.AppCertificate is null || !IsHex32(options.AppCertificate))
            throw new ArgumentException("AppCertificate must be the Agora app certificate: 32 hexadecimal digits.", nameof(options));
        if (options.AgoraTokenLifetime < TimeSpan.FromMinutes(1) || options.AgoraTokenLifetime > AgoraMaxTokenLifetime)
            throw new ArgumentOutOfRangeException(nameof(options), options.AgoraTokenLifetime, "AgoraTokenLifetime must be between one minute and 24 hours.");
    }

    /// <summary>Agora's limit for a chat app token's validity.</summary>
    private static readonly TimeSpan AgoraMaxTokenLifetime = TimeSpan.FromHours(24);

    private static bool IsHex32(SecureString secret)
    {
        var chars = SecretText.Chars(secret);
        try
        {
            return chars.Length == 32 && Array.TrueForAll(chars, Uri.IsHexDigit);
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
        }
    }

    private static SecureString ReadOnlyCopy(SecureString secret)
    {
        var copy = secret.Copy();
        copy.MakeReadOnly();
        return copy;
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
