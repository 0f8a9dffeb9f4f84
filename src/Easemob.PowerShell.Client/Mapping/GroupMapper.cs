using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Mapping;

/// <summary>Wire groups, members and files to model objects. Properties the server did not send stay null.</summary>
internal static class GroupMapper
{
    public static IReadOnlyList<EmGroup> ToGroups(List<GroupDto>? groups) =>
        groups is null ? new EmGroup[0] : groups.Select(ToGroup).ToArray();

    public static EmGroup ToGroup(GroupDto group)
    {
        var entries = ReadAffiliations(group.Affiliations);
        return new EmGroup
        {
            Id = group.Id ?? group.GroupId ?? string.Empty,
            Name = group.Name ?? group.GroupName,
            Description = group.Description,
            Owner = WithoutAppKey(group.Owner) ?? entries?.FirstOrDefault(a => a.Owner is not null)?.Owner,
            MaxUsers = group.MaxUsers,
            MemberCount = group.AffiliationsCount ?? (group.Affiliations is { ValueKind: JsonValueKind.Number } count && count.TryGetInt32(out var n) ? n : null),
            Public = group.Public,
            MembersOnly = group.MembersOnly,
            AllowInvites = group.AllowInvites,
            InviteNeedConfirm = group.InviteNeedConfirm,
            Avatar = group.Avatar,
            Custom = group.Custom,
            Created = UnixTime.FromSecondsOrMilliseconds(group.Created),
            LastModified = UnixTime.FromSecondsOrMilliseconds(group.LastModified),
            Members = entries?.Select(a => a.Owner ?? a.Member).OfType<string>().ToArray(),
            MuteAll = group.Mute,
            Disabled = group.Disabled,
        };
    }

    public static IReadOnlyList<EmGroupMember> ToMembers(string groupId, List<AffiliationDto>? affiliations) =>
        affiliations is null
            ? new EmGroupMember[0]
            : affiliations
                .Where(a => (a.Owner ?? a.Member) is not null)
                .Select(a => new EmGroupMember
                {
                    GroupId = groupId,
                    Username = a.Owner ?? a.Member!,
                    Role = a.Owner is not null ? EmGroupRole.Owner : EmGroupRole.Member,
                })
                .ToArray();

    public static EmGroupFile ToFile(string groupId, GroupFileDto file) => new()
    {
        GroupId = groupId,
        FileId = file.FileId ?? string.Empty,
        Name = file.FileName,
        Owner = file.FileOwner,
        Size = file.FileSize,
        Created = UnixTime.FromSecondsOrMilliseconds(file.Created),
    };

    /// <summary>
    /// The list names the owner as <c>{org}#{app}_{user}</c>; org and app names hold no '_', so the user name is
    /// what follows the first '_' after the '#'.
    /// </summary>
    internal static string? WithoutAppKey(string? owner)
    {
        if (owner is null) return null;
        var hash = owner.IndexOf('#');
        if (hash < 0) return owner;
        var underscore = owner.IndexOf('_', hash);
        return underscore < 0 ? owner : owner.Substring(underscore + 1);
    }

    private static List<AffiliationDto>? ReadAffiliations(JsonElement? affiliations)
    {
        if (affiliations is not { ValueKind: JsonValueKind.Array } array) return null;
        var entries = new List<AffiliationDto>();
        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object) continue;
            entries.Add(new AffiliationDto
            {
                Owner = entry.TryGetProperty("owner", out var owner) && owner.ValueKind == JsonValueKind.String ? owner.GetString() : null,
                Member = entry.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null,
            });
        }
        return entries;
    }
}
