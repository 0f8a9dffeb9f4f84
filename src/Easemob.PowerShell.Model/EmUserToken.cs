using System;
using System.Security;

namespace Easemob.PowerShell.Model;

/// <summary>How a user token was obtained.</summary>
public enum EmUserTokenGrant
{
    /// <summary>Issued by the service for the user's name and password.</summary>
    Password,
    /// <summary>Issued by the service for the user's name on the app's authority (grant_type inherit).</summary>
    Inherit,
    /// <summary>The documented dynamic ("dt-") token, computed locally from the client id and secret.</summary>
    Dynamic,
}

/// <summary>
/// A user token for a client SDK login. The token is a SecureString and never part of ToString or the views;
/// <see cref="PlainTextToken"/> is filled only when New-EmUserToken -AsPlainText asked for it.
/// </summary>
public sealed class EmUserToken
{
    public EmUserToken(string username, SecureString token, DateTimeOffset expiresOn, EmUserTokenGrant grant, EmUser? user, string? plainTextToken)
    {
        Username = username;
        Token = token;
        ExpiresOn = expiresOn;
        Grant = grant;
        User = user;
        PlainTextToken = plainTextToken;
    }

    public string Username { get; }

    public SecureString Token { get; }

    /// <summary><see cref="DateTimeOffset.MaxValue"/> for a token that never expires (ttl 0).</summary>
    public DateTimeOffset ExpiresOn { get; }

    public EmUserTokenGrant Grant { get; }

    /// <summary>The user as the service reported it (null for a dynamic token, which sends no request).</summary>
    public EmUser? User { get; }

    public string? PlainTextToken { get; }

    public override string ToString() => Username;
}
