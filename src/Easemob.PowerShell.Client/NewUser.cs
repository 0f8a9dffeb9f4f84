using System.Security;

namespace Easemob.PowerShell.Client;

/// <summary>A user to register; the password stays a SecureString until the request body is written.</summary>
public sealed class NewUser
{
    public NewUser(string username, SecureString password, string? nickname)
    {
        Username = username;
        Password = password;
        Nickname = nickname;
    }

    public string Username { get; }

    public SecureString Password { get; }

    public string? Nickname { get; }
}
