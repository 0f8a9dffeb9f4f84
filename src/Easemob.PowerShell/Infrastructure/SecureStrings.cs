using System.Security;

namespace Easemob.PowerShell;

internal static class SecureStrings
{
    public static SecureString From(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }
        secure.MakeReadOnly();
        return secure;
    }
}
