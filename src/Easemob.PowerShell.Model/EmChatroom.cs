using System;

namespace Easemob.PowerShell.Model;

/// <summary>
/// A chatroom. Properties the server did not return for the call that produced this object are
/// null: a list entry has no Description, a joined-chatrooms entry has no Owner.
/// </summary>
public sealed class EmChatroom
{
    /// <summary>The chatroom id: a numeric string that may exceed 2^53, so never a number.</summary>
    public string Id { get; set; } = string.Empty;
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public int? MaxUsers { get; set; }
    /// <summary>The server's affiliations_count: members including the owner.</summary>
    public int? MemberCount { get; set; }
    public bool? MembersOnly { get; set; }
    public bool? AllowInvites { get; set; }
    public bool? Public { get; set; }
    public DateTimeOffset? Created { get; set; }
    public string? Custom { get; set; }
    /// <summary>Every member user name from the details call's affiliations, owner included.</summary>
    public string[]? Members { get; set; }
    /// <summary>Whether everyone but the allowlist is muted (the details' <c>mute</c>, newest pages only).</summary>
    public bool? MuteAll { get; set; }
    /// <summary>Only set by a user's joined-chatrooms list.</summary>
    public bool? Disabled { get; set; }

    public override string ToString() => Id;
}
