using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Model;

/// <summary>
/// A user's attributes (profile): every key and value as the service holds them, and the keys the client SDKs
/// read for a profile as properties. A user without attributes (or unknown to the service) has none.
/// </summary>
public sealed class EmUserAttribute
{
    public EmUserAttribute(string username, IReadOnlyDictionary<string, string> attributes)
    {
        Username = username;
        Attributes = attributes;
    }

    public string Username { get; }

    /// <summary>Every attribute read, by key.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    public string? Nickname => Value("nickname");

    public string? AvatarUrl => Value("avatarurl");

    public string? Phone => Value("phone");

    public string? Mail => Value("mail");

    /// <summary>"0" unknown, "1" male, "2" female, as the SDKs use it.</summary>
    public string? Gender => Value("gender");

    public string? Sign => Value("sign");

    public string? Birth => Value("birth");

    public string? Ext => Value("ext");

    public override string ToString() => Username;

    private string? Value(string key) => Attributes.TryGetValue(key, out var value) ? value : null;
}

/// <summary>The size of every user attribute of the app together, as the service counts it.</summary>
public sealed class EmUserAttributeUsage
{
    public EmUserAttributeUsage(string appKey, long bytes)
    {
        AppKey = appKey;
        Bytes = bytes;
    }

    public string AppKey { get; }

    public long Bytes { get; }

    public override string ToString() => AppKey + ": " + Bytes + " bytes";
}
