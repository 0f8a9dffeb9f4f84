namespace Easemob.PowerShell.Model;

/// <summary>Whether a user is online (logged in on at least one device).</summary>
public sealed class EmUserStatus
{
    public string Username { get; set; } = string.Empty;
    public bool Online { get; set; }

    public override string ToString() => Username;
}
