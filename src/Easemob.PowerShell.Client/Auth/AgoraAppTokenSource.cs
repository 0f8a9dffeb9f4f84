using System;
using System.Security;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Client.Auth;

/// <summary>
/// Agora Chat app tokens (AccessToken2 with the chat app privilege), built here from the app id and certificate:
/// renewing one is free and sends no request.
/// </summary>
internal sealed class AgoraAppTokenSource
{
    private readonly string _appId;
    private readonly SecureString _certificate;
    private readonly uint _lifetimeSeconds;
    private readonly IClock _clock;

    /// <param name="certificate">Read on every build, not copied; the caller keeps it alive and disposes it.</param>
    public AgoraAppTokenSource(string appId, SecureString certificate, TimeSpan lifetime, IClock clock)
    {
        _appId = appId;
        _certificate = certificate;
        _lifetimeSeconds = (uint)lifetime.TotalSeconds;
        _clock = clock;
    }

    public Task<AccessToken> BuildAsync(RequestTracer tracer, CancellationToken cancellationToken)
    {
        var issuedAt = _clock.UtcNow.ToUnixTimeSeconds();
        var certificate = SecretText.Utf8(_certificate);
        try
        {
            var token = AgoraAccessToken2.ChatApp(_appId, (uint)issuedAt, _lifetimeSeconds, RandomSalt()).Build(certificate);
            tracer.TokenBuilt("an Agora Chat app token", _lifetimeSeconds);
            return Task.FromResult(AccessToken.Issued(token, _lifetimeSeconds, DateTimeOffset.FromUnixTimeSeconds(issuedAt)));
        }
        finally
        {
            Array.Clear(certificate, 0, certificate.Length);
        }
    }

    private static uint RandomSalt()
    {
        var bytes = new byte[4];
        using (var random = RandomNumberGenerator.Create()) random.GetBytes(bytes);
        return BitConverter.ToUInt32(bytes, 0);
    }
}
