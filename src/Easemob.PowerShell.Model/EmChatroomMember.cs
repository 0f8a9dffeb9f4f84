namespace Easemob.PowerShell.Model;

public sealed class EmChatroomMember
{
    public string ChatroomId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;
    public EmChatroomRole Role { get; set; }

    public override string ToString() => Username;
}
