namespace Easemob.PowerShell.Model;

/// <summary>A group's announcement ("" when it has none).</summary>
public sealed class EmGroupAnnouncement
{
    public string GroupId { get; set; } = string.Empty;
    public string Announcement { get; set; } = string.Empty;

    public override string ToString() => Announcement;
}
