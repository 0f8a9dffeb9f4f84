using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace Easemob.PowerShell.Client.Auth;

/// <summary>Reads a SecureString into arrays the caller clears, never into a managed string.</summary>
internal static class SecretText
{
    public static char[] Chars(SecureString secret)
    {
        var chars = new char[secret.Length];
        var unmanaged = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            Marshal.Copy(unmanaged, chars, 0, chars.Length);
            return chars;
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
        }
    }

    public static byte[] Utf8(SecureString secret)
    {
        var chars = Chars(secret);
        try
        {
            return Encoding.UTF8.GetBytes(chars);
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
        }
    }
}
