using System;

namespace Easemob.PowerShell.Model;

/// <summary>A user muted in one chatroom (the chatroom's own mute list, not a global mute).</summary>
public sealed class EmChatroomMute
{
    public string ChatroomId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;
    /// <summary>When the mute ends; null when it is permanent.</summary>
    public DateTimeOffset? ExpiresOn { get; set; }
    public bool Permanent { get; set; }

    public override string ToString() => Username;
}
