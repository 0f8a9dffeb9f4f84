using System;
using System.Linq;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Policies;

namespace Easemob.PowerShell.Client.Auth;

/// <summary><c>POST {root}token</c> with the client credentials.</summary>
internal sealed class TokenEndpoint
{
    private readonly ApiRequestSender _sender;
    private readonly Uri _tokenUri;
    private readonly string _clientId;
    private readonly SecureString _clientSecret;
    private readonly IClock _clock;

    public TokenEndpoint(ApiRequestSender sender, Uri tokenUri, string clientId, SecureString clientSecret, IClock clock)
    {
        _sender = sender;
        _tokenUri = tokenUri;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _clock = clock;
    }

    public async Task<AccessToken> FetchAsync(RequestTracer tracer, CancellationToken cancellationToken)
    {
        using var body = SensitiveJsonBody.ForToken(_clientId, _clientSecret);
        var request = ApiRequest.PostForToken(_tokenUri, body.Bytes);
        var requestedAt = _clock.UtcNow;
        var answer = await _sender.SendAsync(request, tokens: null, tracer, cancellationToken).ConfigureAwait(false);
        var token = ResponseBody.Parse(answer, EasemobJsonContext.Default.TokenResponseDto, request);
        if (!IsUsableBearerToken(token.AccessToken))
            throw ApiFailures.InvalidResponse(request, "access_token is missing or not a valid bearer token.");
        return AccessToken.Issued(token.AccessToken!, token.ExpiresIn, requestedAt);
    }

    /// <summary>
    /// Checked up front because an Authorization header with a bad character throws a FormatException whose
    /// message would quote the token.
    /// </summary>
    internal static bool IsUsableBearerToken(string? token) =>
        !string.IsNullOrEmpty(token) && token!.All(c => c > ' ' && c < 127);
}
