using System;

namespace Easemob.PowerShell.Model;

/// <summary>
/// One user's global mute state. The server lists one row per user and scope; these are merged.
/// Each scope holds the remaining seconds as the server gave them: -1 permanent, 0 lifted,
/// null when the server sent nothing for that scope.
/// </summary>
public sealed class EmGlobalMute
{
    /// <summary>The value the server uses for a permanent mute.</summary>
    public const long Permanent = -1;

    public string Username { get; set; } = string.Empty;
    public long? Chat { get; set; }
    public long? GroupChat { get; set; }
    public long? Chatroom { get; set; }
    /// <summary>The server's unixtime for this answer (sent in seconds or milliseconds).</summary>
    public DateTimeOffset? CheckedOn { get; set; }

    public override string ToString() => Username;
}
