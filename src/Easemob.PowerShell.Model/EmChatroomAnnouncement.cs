namespace Easemob.PowerShell.Model;

/// <summary>A chatroom's announcement ("" when it has none).</summary>
public sealed class EmChatroomAnnouncement
{
    public string ChatroomId { get; set; } = string.Empty;
    public string Announcement { get; set; } = string.Empty;

    public override string ToString() => Announcement;
}
