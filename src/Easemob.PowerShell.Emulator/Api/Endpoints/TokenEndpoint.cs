using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// POST /token: the client-credentials grant that issues app tokens; the user grants (password, inherit) go to
/// <see cref="UserTokenEndpoint"/>.
/// </summary>
internal sealed class TokenEndpoint : IEndpoints
{
    private readonly TokenRegistry _tokens;
    private readonly UserTokenEndpoint _userTokens;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly TimeSpan _defaultLifetime;

    /// <param name="defaultLifetime">Lifetime when the request sends no ttl; zero: tokens never expire.</param>
    public TokenEndpoint(TokenRegistry tokens, UserTokenEndpoint userTokens, string clientId, string clientSecret, TimeSpan defaultLifetime)
    {
        _tokens = tokens;
        _userTokens = userTokens;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _defaultLifetime = defaultLifetime;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "token", EmApiFamily.Token, Issue, requiresToken: false),
    };

    public EmulatorHttpResponse Issue(RequestContext context)
    {
        var body = context.Body();
        if (UserTokenEndpoint.IsUserGrant(body.String("grant_type")))
        {
            return _userTokens.Issue(context, body);
        }

        var requestedClientId = body.String("client_id");
        if (string.IsNullOrEmpty(requestedClientId))
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("client_id must be provided"));
        }

        var grantType = body.String("grant_type");
        if (grantType != "client_credentials")
        {
            throw new EmulatorApiException(ApiError.UnsupportedGrantType(grantType));
        }

        if (requestedClientId != _clientId || body.String("client_secret") != _clientSecret)
        {
            throw new EmulatorApiException(ApiError.InvalidGrant());
        }

        var ttl = Ttl(body);
        // expires_in 0 means "never expires"; a sub-second default lifetime still reports 1.
        var expiresIn = ttl ?? (_defaultLifetime == TimeSpan.Zero ? 0 : Math.Max(1, (long)_defaultLifetime.TotalSeconds));
        var lifetime = ttl.HasValue ? TimeSpan.FromSeconds(ttl.Value) : _defaultLifetime;
        var token = _tokens.Issue(lifetime == TimeSpan.Zero ? (TimeSpan?)null : lifetime);
        var answer = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token);
            w.WriteNumber("expires_in", expiresIn);
            w.WriteString("application", context.App.Uuid);
            w.WriteEndObject();
        });
        return new EmulatorHttpResponse(200, answer);
    }

    /// <summary>The ttl a token request sends, in seconds (a number or, as in the vendor's example, a string).</summary>
    internal static long? Ttl(RequestBody body)
    {
        var ttl = body.Integer("ttl");
        return ttl < 0 || ttl > int.MaxValue
            ? throw new EmulatorApiException(ApiError.IllegalArgument($"ttl must be in [0, {int.MaxValue}]"))
            : ttl;
    }
}
