namespace Easemob.PowerShell.Emulator.State;

/// <summary>A user to register, as given (the store checks and normalizes the name).</summary>
internal sealed class UserDraft
{
    public UserDraft(string username, string? password, string? nickname)
    {
        Username = username;
        Password = password;
        Nickname = nickname;
    }

    public string Username { get; }

    public string? Password { get; }

    public string? Nickname { get; }
}
