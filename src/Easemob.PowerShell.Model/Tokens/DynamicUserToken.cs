using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Easemob.PowerShell.Model.Tokens;

/// <summary>
/// The documented dynamic user token: base64url of "dt-" and a JSON object holding the user, the app key, the
/// issue time, the lifetime and a SHA-256 signature made with the app's client secret. Built locally by
/// New-EmUserToken -Dynamic and checked by the emulator.
/// </summary>
internal static class DynamicUserToken
{
    public const string Prefix = "dt-";

    /// <param name="clientSecret">The secret's UTF-8 bytes; the caller clears them.</param>
    public static string Build(string clientId, string appKey, string userId, long issuedAt, long ttlSeconds, byte[] clientSecret)
    {
        // User names, app keys and the hex signature need no JSON escaping; refuse anything else.
        if (!EmApiLimits.IsLegalUsername(userId) || appKey.IndexOfAny(new[] { '"', '\\' }) >= 0)
        {
            throw new ArgumentException("The user name or app key cannot be written into a dynamic token.");
        }

        var json = "{\"signature\":\"" + Signature(clientId, appKey, userId, issuedAt, ttlSeconds, clientSecret)
            + "\",\"appkey\":\"" + appKey
            + "\",\"userId\":\"" + userId
            + "\",\"curTime\":" + issuedAt.ToString(CultureInfo.InvariantCulture)
            + ",\"ttl\":" + ttlSeconds.ToString(CultureInfo.InvariantCulture) + "}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + json)).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Lower-case hex SHA-256 of clientId + appkey + userId + curTime + ttl + clientSecret.</summary>
    public static string Signature(string clientId, string appKey, string userId, long issuedAt, long ttlSeconds, byte[] clientSecret)
    {
        var head = Encoding.UTF8.GetBytes(clientId + appKey + userId
            + issuedAt.ToString(CultureInfo.InvariantCulture) + ttlSeconds.ToString(CultureInfo.InvariantCulture));
        var all = new byte[head.Length + clientSecret.Length];
        try
        {
            Buffer.BlockCopy(head, 0, all, 0, head.Length);
            Buffer.BlockCopy(clientSecret, 0, all, head.Length, clientSecret.Length);
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(all);
            var hex = new StringBuilder(hash.Length * 2);
            foreach (var b in hash)
            {
                hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            return hex.ToString();
        }
        finally
        {
            Array.Clear(all, 0, all.Length);
        }
    }

    /// <summary>The "dt-…" text inside a dynamic token (base64url, padded or not); null when it is not one.</summary>
    public static string? Unwrap(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            return text.StartsWith(Prefix, StringComparison.Ordinal) ? text.Substring(Prefix.Length) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
