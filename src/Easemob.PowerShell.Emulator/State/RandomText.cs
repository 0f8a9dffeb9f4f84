using System;
using System.Security.Cryptography;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>Unguessable strings for credentials and tokens.</summary>
internal static class RandomText
{
    /// <summary>Base64url (no padding) of <paramref name="byteCount"/> cryptographically random bytes.</summary>
    public static string Base64Url(int byteCount)
    {
        var bytes = new byte[byteCount];
        using (var generator = RandomNumberGenerator.Create())
        {
            generator.GetBytes(bytes);
        }

        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
