namespace Easemob.PowerShell.Model;

/// <summary>A chatroom super admin: a user who may create chatrooms from the client SDK.</summary>
public sealed class EmChatroomSuperAdmin
{
    public string Username { get; set; } = string.Empty;

    public override string ToString() => Username;
}
