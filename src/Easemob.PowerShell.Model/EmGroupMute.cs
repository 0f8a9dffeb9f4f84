using System;

namespace Easemob.PowerShell.Model;

/// <summary>A member muted in one group (the group's own mute list, not a global mute).</summary>
public sealed class EmGroupMute
{
    public string GroupId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;
    /// <summary>When the mute ends; null when it is permanent.</summary>
    public DateTimeOffset? ExpiresOn { get; set; }
    public bool Permanent { get; set; }

    public override string ToString() => Username;
}
