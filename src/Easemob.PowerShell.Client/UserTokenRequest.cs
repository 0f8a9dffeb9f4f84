using System;
using System.Security;

namespace Easemob.PowerShell.Client;

/// <summary>
/// A user token request: with <see cref="Password"/> the password grant, without it the inherit grant (on the app's
/// token), which may create the user (<see cref="CreateUser"/>). <see cref="TimeToLive"/> null: the app's default;
/// zero: never expires.
/// </summary>
public sealed class UserTokenRequest
{
    public UserTokenRequest(string username, SecureString? password, TimeSpan? timeToLive, bool createUser)
    {
        Username = username;
        Password = password;
        TimeToLive = timeToLive;
        CreateUser = createUser;
    }

    public string Username { get; }

    public SecureString? Password { get; }

    public TimeSpan? TimeToLive { get; }

    public bool CreateUser { get; }
}
