namespace Easemob.PowerShell.Model;

/// <summary>A user on one of a chatroom's lists (allowlist or blocklist).</summary>
public sealed class EmChatroomUser
{
    public string ChatroomId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;

    public override string ToString() => Username;
}
