using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>
/// A group as the list (groupid, groupname, affiliations as a number, lastModified), a user's-groups entry (id,
/// groupId, name, avatar, disabled) and the details call (id, name, affiliations as entries) send it.
/// </summary>
internal sealed class GroupDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The list's and the user's-groups' id field (the latter also sends <c>id</c>).</summary>
    [JsonPropertyName("groupid")]
    public string? GroupId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("groupname")]
    public string? GroupName { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("avatar")]
    public string? Avatar { get; set; }

    [JsonPropertyName("maxusers")]
    public int? MaxUsers { get; set; }

    [JsonPropertyName("affiliations_count")]
    public int? AffiliationsCount { get; set; }

    /// <summary>A number (the list: the member count) or member entries (the details).</summary>
    [JsonPropertyName("affiliations")]
    public JsonElement? Affiliations { get; set; }

    [JsonPropertyName("public")]
    public bool? Public { get; set; }

    [JsonPropertyName("membersonly")]
    public bool? MembersOnly { get; set; }

    [JsonPropertyName("allowinvites")]
    public bool? AllowInvites { get; set; }

    [JsonPropertyName("invite_need_confirm")]
    public bool? InviteNeedConfirm { get; set; }

    [JsonPropertyName("custom")]
    public string? Custom { get; set; }

    [JsonPropertyName("created")]
    public long? Created { get; set; }

    /// <summary>Sent as a string of Unix milliseconds.</summary>
    [JsonPropertyName("lastModified")]
    public long? LastModified { get; set; }

    [JsonPropertyName("mute")]
    public bool? Mute { get; set; }

    [JsonPropertyName("disabled")]
    public bool? Disabled { get; set; }
}

/// <summary>A user's groups answer in <c>entities</c>, with the total in <c>total</c>.</summary>
internal sealed class GroupsEnvelope
{
    [JsonPropertyName("entities")]
    public List<GroupDto>? Entities { get; set; }

    /// <summary>Should a server answer in <c>data</c> as the other group calls do, that is read too.</summary>
    [JsonPropertyName("data")]
    public List<GroupDto>? Data { get; set; }

    [JsonPropertyName("total")]
    public int? Total { get; set; }
}

/// <summary>Create's answer.</summary>
internal sealed class GroupCreatedDto
{
    [JsonPropertyName("groupid")]
    public string? GroupId { get; set; }
}

/// <summary>Disable's and enable's answer: the new state.</summary>
internal sealed class GroupDisabledDto
{
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; set; }
}

/// <summary>The is_joined answer: <c>data</c> is a bare Boolean.</summary>
internal sealed class BooleanEnvelope
{
    [JsonPropertyName("data")]
    public bool? Data { get; set; }
}

/// <summary>Create's body: null properties are not sent.</summary>
internal sealed class CreateGroupBody
{
    [JsonPropertyName("groupname")]
    public string? GroupName { get; set; }

    [JsonPropertyName("avatar")]
    public string? Avatar { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Required by the server ("group must contain public field!").</summary>
    [JsonPropertyName("public")]
    public bool Public { get; set; }

    [JsonPropertyName("maxusers")]
    public int? MaxUsers { get; set; }

    [JsonPropertyName("allowinvites")]
    public bool? AllowInvites { get; set; }

    [JsonPropertyName("membersonly")]
    public bool? MembersOnly { get; set; }

    [JsonPropertyName("invite_need_confirm")]
    public bool? InviteNeedConfirm { get; set; }

    [JsonPropertyName("owner")]
    public string Owner { get; set; } = string.Empty;

    [JsonPropertyName("members")]
    public IReadOnlyList<string>? Members { get; set; }

    [JsonPropertyName("custom")]
    public string? Custom { get; set; }
}

/// <summary>Modify's body: only the properties given.</summary>
internal sealed class UpdateGroupBody
{
    [JsonPropertyName("groupname")]
    public string? GroupName { get; set; }

    [JsonPropertyName("avatar")]
    public string? Avatar { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("maxusers")]
    public int? MaxUsers { get; set; }

    [JsonPropertyName("membersonly")]
    public bool? MembersOnly { get; set; }

    [JsonPropertyName("allowinvites")]
    public bool? AllowInvites { get; set; }

    [JsonPropertyName("invite_need_confirm")]
    public bool? InviteNeedConfirm { get; set; }

    [JsonPropertyName("custom")]
    public string? Custom { get; set; }

    [JsonPropertyName("public")]
    public bool? Public { get; set; }
}

/// <summary>One shared file in the file list.</summary>
internal sealed class GroupFileDto
{
    [JsonPropertyName("file_id")]
    public string? FileId { get; set; }

    [JsonPropertyName("file_name")]
    public string? FileName { get; set; }

    [JsonPropertyName("file_owner")]
    public string? FileOwner { get; set; }

    [JsonPropertyName("file_size")]
    public long? FileSize { get; set; }

    [JsonPropertyName("created")]
    public long? Created { get; set; }
}

/// <summary>A shared file's removal answer.</summary>
internal sealed class GroupFileDeletedDto
{
    [JsonPropertyName("file_id")]
    public string? FileId { get; set; }

    [JsonPropertyName("result")]
    public bool? Result { get; set; }
}

/// <summary>The body of one member's attribute set: <c>metaData</c> (an empty value removes the key).</summary>
internal sealed class MemberMetadataBody
{
    [JsonPropertyName("metaData")]
    public Dictionary<string, string> MetaData { get; set; } = new();
}

/// <summary>One entry of the batch set's body and of its answer's lists.</summary>
internal sealed class MemberMetadataEntry
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("metadata")]
    public Dictionary<string, string>? Metadata { get; set; }

    /// <summary>Why a failed entry failed, should the server say.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}

/// <summary>
/// The batch set's answer. The page's example spells the keys with a trailing colon
/// (<c>"updateMetadataSucceeded:"</c>); both spellings are read.
/// </summary>
internal sealed class MemberMetadataBatchDto
{
    [JsonPropertyName("updateMetadataSucceeded")]
    public List<MemberMetadataEntry>? Succeeded { get; set; }

    [JsonPropertyName("updateMetadataSucceeded:")]
    public List<MemberMetadataEntry>? SucceededColon { get; set; }

    [JsonPropertyName("updateMetadataFailed")]
    public List<MemberMetadataEntry>? Failed { get; set; }

    [JsonPropertyName("updateMetadataFailed:")]
    public List<MemberMetadataEntry>? FailedColon { get; set; }
}

/// <summary>The body of the attribute read by keys: members and keys (none: every key).</summary>
internal sealed class MemberMetadataQueryBody
{
    [JsonPropertyName("targets")]
    public IReadOnlyList<string> Targets { get; set; } = new string[0];

    [JsonPropertyName("properties")]
    public IReadOnlyList<string> Properties { get; set; } = new string[0];
}
