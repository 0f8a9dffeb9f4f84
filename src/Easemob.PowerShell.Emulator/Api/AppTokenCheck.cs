using System;
using System.Threading;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// Which bearer tokens the admin calls accept: app tokens the emulator issued and, when it was started with an
/// Agora app id and certificate, Agora Chat app tokens (AccessToken2) that certificate signed. User tokens are
/// never accepted here.
/// </summary>
internal sealed class AppTokenCheck
{
    private readonly TokenRegistry _issued;
    private readonly AgoraApp? _agora;
    private readonly IEmulatorClock _clock;
    private long _revokedBefore;

    public AppTokenCheck(TokenRegistry issued, AgoraApp? agora, IEmulatorClock clock)
    {
        _issued = issued;
        _agora = agora;
        _clock = clock;
    }

    public bool Accepts(string? authorization)
    {
        var token = BearerToken(authorization);
        if (token == null)
        {
            return false;
        }

        if (_issued.IsValid(token))
        {
            return true;
        }

        var agoraToken = _agora?.Verify(token);
        return agoraToken != null
            && _agora!.HasLivePrivilege(agoraToken, AgoraAccessToken2.ChatAppPrivilege)
            && agoraToken.IssuedAt >= Interlocked.Read(ref _revokedBefore);
    }

    /// <summary>Forgets issued tokens; Agora tokens cannot be forgotten, so those issued before this second are refused.</summary>
    public void RevokeAll()
    {
        _issued.RevokeAll();
        Interlocked.Exchange(ref _revokedBefore, _clock.UtcNow.ToUnixTimeSeconds());
    }

    public static string? BearerToken(string? authorization)
    {
        const string scheme = "Bearer ";
        return authorization != null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization.Substring(scheme.Length).Trim()
            : null;
    }
}
