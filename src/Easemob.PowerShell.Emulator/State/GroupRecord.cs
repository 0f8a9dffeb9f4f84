using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// One group's whole state, as <see cref="EmulatorGroupStore"/> holds it (under its lock) and as the state file
/// saves it: settings, roles, moderation lists, announcement, member attributes and shared files.
/// </summary>
internal sealed class GroupRecord
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public string Owner { get; set; } = string.Empty;
    public string Avatar { get; set; } = string.Empty;
    public bool Public { get; set; }
    public bool MembersOnly { get; set; }
    public bool AllowInvites { get; set; }
    public bool InviteNeedConfirm { get; set; } = true;
    public int MaxUsers { get; set; }
    public string Custom { get; set; } = string.Empty;
    /// <summary>Unix milliseconds.</summary>
    public long Created { get; set; }
    /// <summary>Unix milliseconds of the last change of settings or membership.</summary>
    public long LastModified { get; set; }
    public bool Disabled { get; set; }
    public bool MuteAll { get; set; }
    public string Announcement { get; set; } = string.Empty;
    /// <summary>Every member but the owner, in joining order; admins included.</summary>
    public List<string> Members { get; set; } = new List<string>();
    public List<string> Admins { get; set; } = new List<string>();
    /// <summary>User to when the mute ends in Unix milliseconds; -1 permanent.</summary>
    public Dictionary<string, long> Mutes { get; set; } = new Dictionary<string, long>();
    public List<string> Allowed { get; set; } = new List<string>();
    public List<string> Blocked { get; set; } = new List<string>();
    /// <summary>Member to its attributes.</summary>
    public Dictionary<string, Dictionary<string, string>> MemberAttributes { get; set; } = new Dictionary<string, Dictionary<string, string>>();
    public List<GroupFileRecord> Files { get; set; } = new List<GroupFileRecord>();

    [JsonIgnore]
    public int AffiliationsCount => Members.Count + 1;

    public bool IsMemberOrOwner(string user) => user == Owner || Members.Contains(user);

    /// <summary>A member leaving: no longer admin, muted, allowed, nor holding attributes.</summary>
    public static void Leave(GroupRecord group, string user)
    {
        group.Admins.Remove(user);
        group.Mutes.Remove(user);
        group.Allowed.Remove(user);
        group.MemberAttributes.Remove(user);
    }
}

/// <summary>One shared file of a group.</summary>
internal sealed class GroupFileRecord
{
    public string FileId { get; set; } = string.Empty;
    public string FileName { get; set; } = string.Empty;
    public string FileOwner { get; set; } = string.Empty;
    public long FileSize { get; set; }
    public long Created { get; set; }
}
