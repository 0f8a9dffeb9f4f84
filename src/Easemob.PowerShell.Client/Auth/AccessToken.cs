using System;

namespace Easemob.PowerShell.Client.Auth;

/// <summary>An app token and when to replace it.</summary>
internal sealed class AccessToken
{
    /// <summary>Renew when less than this much lifetime is left (or 20% of the lifetime, whichever is less).</summary>
    private static readonly TimeSpan MaxRenewalMargin = TimeSpan.FromSeconds(60);

    /// <summary>A lifetime beyond this (about a century) is treated as never expiring.</summary>
    private const long MaxLifetimeSeconds = 100L * 365 * 24 * 3600;

    private readonly DateTimeOffset? _renewAt;

    private AccessToken(string value, DateTimeOffset? expiresOn, DateTimeOffset? renewAt)
    {
        Value = value;
        ExpiresOn = expiresOn;
        _renewAt = renewAt;
    }

    public string Value { get; }

    /// <summary>Null when unknown; <see cref="DateTimeOffset.MaxValue"/> when it never expires.</summary>
    public DateTimeOffset? ExpiresOn { get; }

    /// <summary>A token given by the user: its expiry is unknown and it cannot be renewed.</summary>
    public static AccessToken PreIssued(string value) => new(value, null, null);

    /// <summary>A fetched token; <paramref name="expiresInSeconds"/> 0 means it never expires.</summary>
    public static AccessToken Issued(string value, long? expiresInSeconds, DateTimeOffset requestedAt)
    {
        switch (expiresInSeconds)
        {
            case null or < 0:
                return new AccessToken(value, null, null);
            case 0 or > MaxLifetimeSeconds:
                return new AccessToken(value, DateTimeOffset.MaxValue, null);
        }

        // Counted from when the request was sent, so network time only makes the estimate conservative.
        var lifetime = TimeSpan.FromSeconds(expiresInSeconds.Value);
        var margin = TimeSpan.FromTicks(Math.Min(MaxRenewalMargin.Ticks, lifetime.Ticks / 5));
        var expiresOn = requestedAt + lifetime;
        return new AccessToken(value, expiresOn, expiresOn - margin);
    }

    public bool NeedsRenewal(DateTimeOffset now) => now >= _renewAt;
}
