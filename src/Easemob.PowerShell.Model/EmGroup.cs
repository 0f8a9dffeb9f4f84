using System;

namespace Easemob.PowerShell.Model;

/// <summary>
/// A group (群组). Properties the server did not return for the call that produced this object are null: a list
/// entry has no Description, a user's-groups entry has no MemberCount.
/// </summary>
public sealed class EmGroup
{
    /// <summary>The group id: a numeric string that may exceed 2^53, so never a number.</summary>
    public string Id { get; set; } = string.Empty;
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The owner's user name (the list's "orgname#appname_" prefix removed).</summary>
    public string? Owner { get; set; }
    public int? MaxUsers { get; set; }
    /// <summary>Members including the owner (affiliations_count, or the list's affiliations number).</summary>
    public int? MemberCount { get; set; }
    public bool? Public { get; set; }
    /// <summary>Whether joining a public group needs an owner's or admin's approval.</summary>
    public bool? MembersOnly { get; set; }
    /// <summary>Whether ordinary members may invite users.</summary>
    public bool? AllowInvites { get; set; }
    /// <summary>Whether an invited user must accept before joining.</summary>
    public bool? InviteNeedConfirm { get; set; }
    public string? Avatar { get; set; }
    public string? Custom { get; set; }
    public DateTimeOffset? Created { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    /// <summary>Every member user name from the details call's affiliations, owner included.</summary>
    public string[]? Members { get; set; }
    /// <summary>Whether everyone but the allowlist is muted (the details' <c>mute</c>).</summary>
    public bool? MuteAll { get; set; }
    /// <summary>Whether the group is disabled (封禁): it refuses joins and messages.</summary>
    public bool? Disabled { get; set; }

    public override string ToString() => Id;
}
