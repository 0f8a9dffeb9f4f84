using System.Collections.Generic;

namespace Easemob.PowerShell.Client;

/// <summary>What <see cref="EasemobClient.CreateGroupAsync"/> sends; null properties are left to the server's defaults.</summary>
public sealed class NewGroupRequest
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Required by the server: a public group can be found and applied to.</summary>
    public bool Public { get; set; }

    /// <summary>Most members, owner included (server default 200).</summary>
    public int? MaxUsers { get; set; }

    public bool? AllowInvites { get; set; }

    public bool? MembersOnly { get; set; }

    public bool? InviteNeedConfirm { get; set; }

    public string Owner { get; set; } = string.Empty;

    /// <summary>Initial members, owner excluded. An empty list is sent as no list.</summary>
    public IReadOnlyList<string>? Members { get; set; }

    public string? Custom { get; set; }

    public string? Avatar { get; set; }
}

/// <summary>What <see cref="EasemobClient.UpdateGroupAsync"/> changes: only the properties that are not null.</summary>
public sealed class GroupChanges
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Avatar { get; set; }
    public int? MaxUsers { get; set; }
    public bool? Public { get; set; }
    public bool? MembersOnly { get; set; }
    public bool? AllowInvites { get; set; }
    public bool? InviteNeedConfirm { get; set; }
    public string? Custom { get; set; }

    internal bool IsEmpty =>
        Name is null && Description is null && Avatar is null && MaxUsers is null && Public is null
        && MembersOnly is null && AllowInvites is null && InviteNeedConfirm is null && Custom is null;
}
