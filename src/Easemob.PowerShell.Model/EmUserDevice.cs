namespace Easemob.PowerShell.Model;

/// <summary>A device a user is logged in on; <see cref="Resource"/> names it for Disconnect-EmUser -Device.</summary>
public sealed class EmUserDevice
{
    public string Username { get; set; } = string.Empty;
    public string Resource { get; set; } = string.Empty;
    public string? DeviceUuid { get; set; }
    public string? DeviceName { get; set; }

    public override string ToString() => Resource;
}
