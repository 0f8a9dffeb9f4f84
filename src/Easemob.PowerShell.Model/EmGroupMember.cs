namespace Easemob.PowerShell.Model;

/// <summary>One member of a group with its role.</summary>
public sealed class EmGroupMember
{
    public string GroupId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;
    public EmGroupRole Role { get; set; }

    public override string ToString() => Username;
}
