using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Auth;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Client;

public sealed partial class EasemobClient
{
    /// <summary>
    /// <c>POST token</c> for a user: the password grant (sent without the app token, as a login would be), or the
    /// inherit grant on the app's token, with <c>autoCreateUser</c>. Both are harmless to repeat.
    /// </summary>
    public async Task<EmUserToken> IssueUserTokenAsync(UserTokenRequest token, CancellationToken cancellationToken)
    {
        if (token is null) throw new ArgumentNullException(nameof(token));
        if (!EmApiLimits.IsLegalUsername(token.Username)) throw new ArgumentException("The user name is not legal.", nameof(token));
        if (token.Password is not null && token.CreateUser) throw new ArgumentException("Only the inherit grant (no password) can create the user.", nameof(token));
        var ttl = token.TimeToLive is { } lifetime ? EmApiLimits.UserTokenTtlSeconds(lifetime) : (long?)null;

        using var body = SensitiveJsonBody.ForUserToken(token.Username, token.Password, ttl, token.CreateUser);
        var uri = _core.Api.Path("token").Build();
        var request = token.Password is null
            ? ApiRequest.Post(uri, EmApiFamily.Token, body.Bytes, RequestIdempotency.Idempotent)
            : ApiRequest.PostForToken(uri, body.Bytes);
        var requestedAt = _core.Clock.UtcNow;
        var answer = await _core.SendAsync(request, _tracer, cancellationToken).ConfigureAwait(false);
        var issued = ResponseBody.Parse(answer, EasemobJsonContext.Default.UserTokenResponseDto, request);
        if (!TokenEndpoint.IsUsableBearerToken(issued.AccessToken))
            throw ApiFailures.InvalidResponse(request, "access_token is missing or not a valid token.");
        var user = issued.User is null ? null : UserMapper.ToUser(issued.User);
        var expiresOn = AccessToken.Issued(issued.AccessToken!, issued.ExpiresIn, requestedAt).ExpiresOn ?? DateTimeOffset.MaxValue;
        return new EmUserToken(user?.Username is { Length: > 0 } name ? name : token.Username, ToSecureString(issued.AccessToken!),
            expiresOn, token.Password is null ? EmUserTokenGrant.Inherit : EmUserTokenGrant.Password, user, null);
    }

    /// <summary>
    /// The documented dynamic user token ("dt-"), computed here from the client id and secret; sends nothing.
    /// Only a client-credentials client has the secret it needs.
    /// </summary>
    /// <exception cref="InvalidOperationException">The client was not made with a client id and secret.</exception>
    public EmUserToken BuildDynamicUserToken(string username, TimeSpan timeToLive)
    {
        if (!EmApiLimits.IsLegalUsername(username)) throw new ArgumentException("The user name is not legal.", nameof(username));
        if (_core.ClientSecret is not { } clientSecret)
            throw new InvalidOperationException("A dynamic token is signed with the app's client secret: connect with -Credential (client id and secret).");
        var ttl = EmApiLimits.UserTokenTtlSeconds(timeToLive);
        if (ttl == 0) throw new ArgumentOutOfRangeException(nameof(timeToLive), "A dynamic token needs a lifetime.");

        var issuedAt = _core.Clock.UtcNow.ToUnixTimeSeconds();
        var secret = SecretText.Utf8(clientSecret);
        try
        {
            var token = DynamicUserToken.Build(_core.ClientId!, OrgName + "#" + AppName, username, issuedAt, ttl, secret);
            return new EmUserToken(username, ToSecureString(token), DateTimeOffset.FromUnixTimeSeconds(issuedAt + ttl), EmUserTokenGrant.Dynamic, null, null);
        }
        finally
        {
            Array.Clear(secret, 0, secret.Length);
        }
    }

    private static SecureString ToSecureString(string value)
    {
        var secure = new SecureString();
        foreach (var c in value) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }
}
