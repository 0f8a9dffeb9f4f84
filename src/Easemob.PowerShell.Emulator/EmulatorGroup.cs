using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.State;

namespace Easemob.PowerShell.Emulator;

/// <summary>A read-only snapshot of one emulated group, for code that inspects the emulator's state directly.</summary>
public sealed class EmulatorGroup
{
    internal EmulatorGroup(GroupRecord group)
    {
        Id = group.Id;
        Name = group.Name;
        Description = group.Description;
        Owner = group.Owner;
        Avatar = group.Avatar;
        Public = group.Public;
        MembersOnly = group.MembersOnly;
        AllowInvites = group.AllowInvites;
        InviteNeedConfirm = group.InviteNeedConfirm;
        MaxUsers = group.MaxUsers;
        Custom = group.Custom;
        Disabled = group.Disabled;
        MuteAll = group.MuteAll;
        Announcement = group.Announcement;
        Members = group.Members.ToArray();
        Admins = group.Admins.ToArray();
        Allowed = group.Allowed.ToArray();
        Blocked = group.Blocked.ToArray();
        MutedUsers = new List<string>(group.Mutes.Keys).ToArray();
    }

    public string Id { get; }
    public string Name { get; }
    public string Description { get; }
    public string Owner { get; }
    public string Avatar { get; }
    public bool Public { get; }
    public bool MembersOnly { get; }
    public bool AllowInvites { get; }
    public bool InviteNeedConfirm { get; }
    public int MaxUsers { get; }
    public string Custom { get; }
    public bool Disabled { get; }
    public bool MuteAll { get; }
    public string Announcement { get; }
    /// <summary>Every member but the owner, in joining order.</summary>
    public IReadOnlyList<string> Members { get; }
    public IReadOnlyList<string> Admins { get; }
    public IReadOnlyList<string> Allowed { get; }
    public IReadOnlyList<string> Blocked { get; }
    /// <summary>Users with a mute entry (possibly expired).</summary>
    public IReadOnlyList<string> MutedUsers { get; }

    public override string ToString() => Id;
}
