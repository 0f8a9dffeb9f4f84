namespace Easemob.PowerShell.Model;

/// <summary>A user on a group's allowlist or blocklist.</summary>
public sealed class EmGroupUser
{
    public string GroupId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;

    public override string ToString() => Username;
}
