using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>A chatroom's moderation state: mutes, mute-all, allowlist and blocklist. Only touched under the store's lock.</summary>
internal sealed class ChatroomModeration
{
    public const long PermanentMute = -1;

    /// <summary>Muted user to expiry in Unix ms, or -1 for permanent; kept when the user leaves (the vendor's rule).</summary>
    public Dictionary<string, long> Mutes { get; } = new Dictionary<string, long>(StringComparer.Ordinal);

    public bool MuteAll { get; set; }

    /// <summary>Explicitly allowlisted users, in the order added.</summary>
    public List<string> Allowed { get; } = new List<string>();

    /// <summary>Blocked users, in the order blocked.</summary>
    public List<string> Blocked { get; } = new List<string>();
}
