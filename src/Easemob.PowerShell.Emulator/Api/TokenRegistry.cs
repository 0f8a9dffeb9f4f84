using System;
using System.Collections.Concurrent;
using Easemob.PowerShell.Emulator.State;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>The app tokens issued and when each expires. Thread-safe.</summary>
internal sealed class TokenRegistry
{
    private readonly IEmulatorClock _clock;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);

    public TokenRegistry(IEmulatorClock clock)
    {
        _clock = clock;
    }

    /// <summary>Issues a random opaque token ("YWMt" and 43 more characters, like the service's).</summary>
    /// <param name="lifetime">How long it is valid; null: it never expires.</param>
    public string Issue(TimeSpan? lifetime)
    {
        var token = "YWMt" + RandomText.Base64Url(32);
        _expiries[token] = lifetime.HasValue ? _clock.UtcNow + lifetime.Value : DateTimeOffset.MaxValue;
        return token;
    }

    /// <summary>Whether the token was issued, is not revoked and has not expired. Expired tokens are forgotten.</summary>
    public bool IsValid(string? token)
    {
        if (token == null || !_expiries.TryGetValue(token, out var expiry))
        {
            return false;
        }

        if (expiry > _clock.UtcNow)
        {
            return true;
        }

        _expiries.TryRemove(token, out _);
        return false;
    }

    public void RevokeAll() => _expiries.Clear();
}
