using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// User tokens: POST /token with the password grant (name and password) or the inherit grant (on an app token,
/// creating the user when asked), and the check a client SDK login makes of a user token, which also takes the
/// dynamic "dt-" tokens and, for an Agora Chat app, Agora chat user tokens.
/// </summary>
internal sealed class UserTokenEndpoint
{
    private readonly EmulatorStore _store;
    private readonly AppTokenCheck _appTokens;
    private readonly AgoraApp? _agora;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly AppIdentity _app;
    private readonly IEmulatorClock _clock;
    private readonly ConcurrentDictionary<string, (string Username, DateTimeOffset Expiry)> _issued =
        new ConcurrentDictionary<string, (string, DateTimeOffset)>(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _autoCreated = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

    public UserTokenEndpoint(EmulatorStore store, AppTokenCheck appTokens, AgoraApp? agora, string clientId, string clientSecret, AppIdentity app, IEmulatorClock clock)
    {
        _clock = clock;
        _store = store;
        _appTokens = appTokens;
        _agora = agora;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _app = app;
    }

    public static bool IsUserGrant(string? grantType) => grantType == "password" || grantType == "inherit";

    public EmulatorHttpResponse Issue(RequestContext context, RequestBody body)
    {
        var username = body.String("username") ?? string.Empty;
        var ttl = TokenEndpoint.Ttl(body);

        var user = body.String("grant_type") == "password"
            ? _store.CheckLogin(username, body.String("password") ?? string.Empty)
            : Inherit(context, username, body.Boolean("autoCreateUser") == true);

        var lifetime = ttl.HasValue ? TimeSpan.FromSeconds(ttl.Value) : EmApiLimits.DefaultUserTokenLifetime;
        var token = "YWMt" + RandomText.Base64Url(32);
        _issued[token] = (user.Entity.Username, lifetime == TimeSpan.Zero ? DateTimeOffset.MaxValue : _clock.UtcNow + lifetime);
        var answer = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token);
            w.WriteNumber("expires_in", (long)lifetime.TotalSeconds);
            w.WritePropertyName("user");
            UserEndpoints.WriteUser(w, user);
            w.WriteEndObject();
        });
        return new EmulatorHttpResponse(200, answer);
    }

    /// <summary>
    /// The user a client SDK login with this token would sign in, or null when the token is refused: a user token
    /// issued here and not expired, a dynamic token signed with the client secret and within its ttl, or an Agora
    /// chat user token signed with the app certificate. The user must exist and not be banned.
    /// </summary>
    public string? Authenticate(string token)
    {
        var username = IssuedTokenUser(token) ?? DynamicTokenUser(token) ?? AgoraTokenUser(token);
        return username != null && _store.FindUserSnapshot(username) is { Activated: true } user ? user.Entity.Username : null;
    }

    public void RevokeAll() => _issued.Clear();

    /// <summary>
    /// The inherit grant: needs the app token. An unknown user is created when asked; creating one that another
    /// request auto-created less than a second ago is refused with 409, as the service's concurrent creates are.
    /// </summary>
    private UserSnapshot Inherit(RequestContext context, string username, bool autoCreate)
    {
        if (!_appTokens.Accepts(context.Request.Authorization))
        {
            throw new EmulatorApiException(ApiError.Unauthorized());
        }

        var normalized = EmApiLimits.NormalizeUsername(username);
        lock (_autoCreated)
        {
            var existing = _store.FindUserSnapshot(username);
            if (existing == null && !autoCreate)
            {
                throw new EmulatorApiException(ApiError.InvalidGrant(404, "user not found"));
            }

            if (autoCreate && _autoCreated.TryGetValue(normalized, out var createdAt) && _clock.UtcNow - createdAt < EmApiLimits.ConcurrentAutoCreateWindow)
            {
                throw new EmulatorApiException(ApiError.ConcurrentAutoCreate());
            }

            if (existing == null)
            {
                if (username.Length > EmApiLimits.MaxUsernameLength)
                {
                    throw new EmulatorApiException(ApiError.IllegalArgument("USERNAME_TOO_LONG"));
                }

                _store.AddUsers(new[] { new UserDraft(username, null, null) });
                _autoCreated[normalized] = _clock.UtcNow;
                existing = _store.FindUserSnapshot(username)!;
            }

            return existing.Activated ? existing : throw new EmulatorApiException(ApiError.InvalidGrant(400, "user not activated"));
        }
    }

    private string? IssuedTokenUser(string token)
    {
        if (!_issued.TryGetValue(token, out var entry))
        {
            return null;
        }

        if (entry.Expiry > _clock.UtcNow)
        {
            return entry.Username;
        }

        _issued.TryRemove(token, out _);
        return null;
    }

    private string? DynamicTokenUser(string token)
    {
        var json = DynamicUserToken.Unwrap(token);
        if (json == null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var userId = root.GetProperty("userId").GetString() ?? string.Empty;
            var issuedAt = root.GetProperty("curTime").GetInt64();
            var ttl = root.GetProperty("ttl").GetInt64();
            var appKey = root.GetProperty("appkey").GetString() ?? string.Empty;
            var parts = appKey.Split('#');
            // Signed over the app key as the token spells it; the app matches it case-insensitively.
            var expected = DynamicUserToken.Signature(_clientId, appKey, userId, issuedAt, ttl, Encoding.UTF8.GetBytes(_clientSecret));
            var now = _clock.UtcNow.ToUnixTimeSeconds();
            return parts.Length == 2 && _app.Matches(parts[0], parts[1]) && root.GetProperty("signature").GetString() == expected && now < issuedAt + ttl
                ? userId
                : null;
        }
        catch (Exception e) when (e is JsonException || e is KeyNotFoundException || e is InvalidOperationException || e is FormatException)
        {
            return null;
        }
    }

    private string? AgoraTokenUser(string token)
    {
        var parsed = _agora?.Verify(token);
        return parsed != null && _agora!.HasLivePrivilege(parsed, AgoraAccessToken2.ChatUserPrivilege)
            ? parsed.Services.First(s => s.Type == AgoraAccessToken2.ChatService).Fields[0]
            : null;
    }
}
