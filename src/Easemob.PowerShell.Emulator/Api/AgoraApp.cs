using System;
using System.Text;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>The Agora app id and certificate of an Agora Chat app, which sign its AccessToken2 tokens.</summary>
internal sealed class AgoraApp
{
    private readonly string _appId;
    private readonly byte[] _certificate;
    private readonly IEmulatorClock _clock;

    public AgoraApp(string appId, string certificate, IEmulatorClock clock)
    {
        _appId = appId;
        _certificate = Encoding.ASCII.GetBytes(certificate);
        _clock = clock;
    }

    /// <summary>
    /// The token when it is an AccessToken2 of this app, signed with its certificate and not expired; else null.
    /// Agora counts expiry in seconds after issue, for the token and for each privilege.
    /// </summary>
    public AgoraAccessToken2? Verify(string token)
    {
        var parsed = AgoraAccessToken2.Verify(token, _certificate);
        if (parsed == null || !string.Equals(parsed.AppId, _appId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var now = _clock.UtcNow.ToUnixTimeSeconds();
        return now < (long)parsed.IssuedAt + parsed.Expire ? parsed : null;
    }

    /// <summary>Whether the token's privilege is present and, counted from the token's issue, not expired.</summary>
    public bool HasLivePrivilege(AgoraAccessToken2 token, ushort privilege)
    {
        var expire = token.Privilege(AgoraAccessToken2.ChatService, privilege);
        return expire != null && _clock.UtcNow.ToUnixTimeSeconds() < (long)token.IssuedAt + expire.Value;
    }
}
