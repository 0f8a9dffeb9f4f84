using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>Batch add's answer: the users now members.</summary>
internal sealed class ChatroomMembersAddedDto
{
    [JsonPropertyName("newmembers")]
    public List<string>? NewMembers { get; set; }
}

/// <summary>
/// One user's entry in a per-user answer (remove members, mute, unmute, allowlist, blocklist) or in the mute
/// list: <c>result</c> (absent in the mute list), <c>reason</c> on failure, <c>expire</c> for mutes.
/// </summary>
internal sealed class ChatroomUserOutcomeDto
{
    [JsonPropertyName("result")]
    public bool? Result { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("user")]
    public string? User { get; set; }

    /// <summary>Mute expiry in Unix ms; -1 permanent.</summary>
    [JsonPropertyName("expire")]
    public long? Expire { get; set; }
}

/// <summary>
/// Admin and super-admin changes: <c>result</c> documented as Bool, sent as "success"; the user comes back as
/// newadmin, oldadmin or (super admin removal) newSuperAdmin.
/// </summary>
internal sealed class ChatroomRoleChangeDto
{
    [JsonPropertyName("result")]
    public string? Result { get; set; }
}

/// <summary>Mute-all's answer.</summary>
internal sealed class ChatroomMuteAllDto
{
    [JsonPropertyName("mute")]
    public bool? Mute { get; set; }
}

/// <summary>The body of the calls that take a batch of users: add members, allowlist, blocklist, batch status.</summary>
internal sealed class UsernamesBody
{
    [JsonPropertyName("usernames")]
    public IReadOnlyList<string> Usernames { get; set; } = new string[0];
}

/// <summary>Mute: <c>mute_duration</c> in milliseconds (unlike global mutes: seconds), -1 permanent.</summary>
internal sealed class ChatroomMuteBody
{
    [JsonPropertyName("usernames")]
    public IReadOnlyList<string> Usernames { get; set; } = new string[0];

    [JsonPropertyName("mute_duration")]
    public long MuteDuration { get; set; }
}

internal sealed class ChatroomNewAdminBody
{
    [JsonPropertyName("newadmin")]
    public string NewAdmin { get; set; } = string.Empty;
}

internal sealed class ChatroomSuperAdminBody
{
    [JsonPropertyName("superadmin")]
    public string SuperAdmin { get; set; } = string.Empty;
}
