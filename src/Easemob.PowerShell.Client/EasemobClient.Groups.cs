using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Groups (群组). Where a group call means what a chatroom call means (members, admins, mutes, lists, transfer,
/// delete, announcement) it is the chatroom implementation with <see cref="RoomScope.Group"/>.
/// </summary>
public sealed partial class EasemobClient
{
    /// <summary><c>GET chatgroups?limit&amp;cursor</c>: entries carry Id, Name, Owner, MemberCount and LastModified.</summary>
    public async Task<CursorPage<EmGroup>> ListGroupsAsync(int limit, string? cursor, CancellationToken cancellationToken)
    {
        RequireAtLeast(limit, 1, nameof(limit));
        var uri = _core.Api.Path("chatgroups").Query("limit", limit).Query("cursor", string.IsNullOrEmpty(cursor) ? null : cursor).Build();
        var answer = await SendAsync(ApiRequest.Get(uri, EmApiFamily.GroupCollection), EasemobJsonContext.Default.DataEnvelopeListGroupDto, cancellationToken).ConfigureAwait(false);
        return new CursorPage<EmGroup>(GroupMapper.ToGroups(answer.Data), answer.Cursor);
    }

    /// <summary><c>GET chatgroups/user/{username}?pagenum&amp;pagesize</c> (at most 20 a page): the user's groups and their total.</summary>
    public async Task<(IReadOnlyList<EmGroup> Groups, int? Total)> ListUserGroupsAsync(string username, int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageNum, 1, nameof(pageNum));
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        var uri = _core.Api.Path("chatgroups", "user", username).Query("pagenum", pageNum).Query("pagesize", pageSize).Build();
        var answer = await SendAsync(ApiRequest.Get(uri, EmApiFamily.UserGroups), EasemobJsonContext.Default.GroupsEnvelope, cancellationToken).ConfigureAwait(false);
        return (GroupMapper.ToGroups(answer.Entities ?? answer.Data), answer.Total);
    }

    /// <summary><c>GET chatgroups/{id1,id2,…}</c> for 1 to <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/> ids; ids that do not exist are in <see cref="DetailsResult{T}.Missing"/>.</summary>
    public Task<DetailsResult<EmGroup>> GetGroupDetailsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        new DetailsLookup<EmGroup>(_core, RoomScope.Group, async (request, ct) =>
        {
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListGroupDto, ct).ConfigureAwait(false);
            return GroupMapper.ToGroups(answer.Data).Select(group => new KeyValuePair<string, EmGroup>(group.Id, group));
        }).LookupAsync(ids, cancellationToken);

    /// <summary>
    /// <c>POST chatgroups</c>; returns the new group's id. A create whose outcome is unknown is resolved as a chatroom
    /// create is: the owner's newest groups are searched for one with this name, owner and a creation since the first attempt.
    /// </summary>
    public async Task<string> CreateGroupAsync(NewGroupRequest request, ChatroomCreateRun run, CancellationToken cancellationToken)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (run is null) throw new ArgumentNullException(nameof(run));
        if (string.IsNullOrEmpty(request.Name)) throw new ArgumentException("The group name is required.", nameof(request));
        if (string.IsNullOrEmpty(request.Owner)) throw new ArgumentException("The group owner is required.", nameof(request));

        var body = new CreateGroupBody
        {
            GroupName = request.Name,
            Avatar = request.Avatar,
            Description = request.Description,
            Public = request.Public,
            MaxUsers = request.MaxUsers,
            AllowInvites = request.AllowInvites,
            MembersOnly = request.MembersOnly,
            InviteNeedConfirm = request.InviteNeedConfirm,
            Owner = request.Owner,
            Members = request.Members is { Count: > 0 } ? request.Members : null,
            Custom = request.Custom,
        };
        var apiRequest = ApiRequest.Post(_core.Api.Path("chatgroups").Build(), EmApiFamily.GroupCollection,
            Body(body, EasemobJsonContext.Default.CreateGroupBody), RequestIdempotency.NonIdempotent);
        return await CreateResolvingUncertainAsync(RoomScope.Group, request.Name, request.Owner, run,
            async ct =>
            {
                var created = await SendForDataAsync(apiRequest, EasemobJsonContext.Default.DataEnvelopeGroupCreatedDto, ct).ConfigureAwait(false);
                return string.IsNullOrEmpty(created.GroupId) ? throw ApiFailures.InvalidResponse(apiRequest, "it has no data.groupid.") : created.GroupId!;
            },
            ct => NewestGroupsOfAsync(request.Owner, ct),
            async (ids, ct) => (await GetGroupDetailsAsync(ids, ct).ConfigureAwait(false)).Found.Select(g => (g.Id, g.Owner, g.Created)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The owner's newest groups, as deep as the chatroom search (<see cref="CreatedChatroomSearchDepth"/>): the pages
    /// hold at most <see cref="EmApiLimits.MaxUserGroupsPageSize"/>, and other creates of the same owner in flight may
    /// have made groups since the one sought.
    /// </summary>
    private async Task<IEnumerable<(string Id, string? Name)>> NewestGroupsOfAsync(string owner, CancellationToken cancellationToken)
    {
        var newest = new List<(string Id, string? Name)>();
        for (var pageNum = 1; newest.Count < CreatedChatroomSearchDepth; pageNum++)
        {
            var (page, _) = await ListUserGroupsAsync(owner, pageNum, EmApiLimits.MaxUserGroupsPageSize, cancellationToken).ConfigureAwait(false);
            newest.AddRange(page.Select(g => (g.Id, g.Name)));
            if (page.Count < EmApiLimits.MaxUserGroupsPageSize) break;
        }
        return newest;
    }

    /// <summary><c>PUT chatgroups/{id}</c> with the changes given (at least one); returns what the server reports changed, by wire name.</summary>
    public async Task<IReadOnlyDictionary<string, bool>> UpdateGroupAsync(string id, GroupChanges changes, CancellationToken cancellationToken)
    {
        if (changes is null || changes.IsEmpty) throw new ArgumentException("Give at least one group property to change.", nameof(changes));
        var body = new UpdateGroupBody
        {
            GroupName = changes.Name,
            Avatar = changes.Avatar,
            Description = changes.Description,
            MaxUsers = changes.MaxUsers,
            MembersOnly = changes.MembersOnly,
            AllowInvites = changes.AllowInvites,
            InviteNeedConfirm = changes.InviteNeedConfirm,
            Custom = changes.Custom,
            Public = changes.Public,
        };
        var request = ApiRequest.Put(_core.Api.Path("chatgroups", id).Build(), EmApiFamily.GroupItem, Body(body, EasemobJsonContext.Default.UpdateGroupBody));
        return await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringBoolean, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST chatgroups/{id}/disable</c> or <c>/enable</c>; returns the new disabled state. Setting a state: retried freely.</summary>
    public async Task<bool> SetGroupDisabledAsync(string id, bool disabled, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Post(_core.Api.Path("chatgroups", id, disabled ? "disable" : "enable").Build(), EmApiFamily.GroupItem, NoBody, RequestIdempotency.Idempotent);
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeGroupDisabledDto, cancellationToken).ConfigureAwait(false);
        return answer.Disabled ?? disabled;
    }

    /// <summary><c>GET chatgroups/{id}/user/{username}/is_joined</c>.</summary>
    public async Task<bool> IsGroupMemberAsync(string id, string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path("chatgroups", id, "user", username, "is_joined").Build(), EmApiFamily.GroupItem);
        var answer = await SendAsync(request, EasemobJsonContext.Default.BooleanEnvelope, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? throw ApiFailures.InvalidResponse(request, "it has no Boolean data.");
    }

    /// <summary><c>PUT chatgroups/{id}</c> with <c>newowner</c>; true when the server reports the transfer done.</summary>
    public Task<bool> TransferGroupOwnerAsync(string id, string newOwner, CancellationToken cancellationToken) =>
        TransferOwnerAsync(RoomScope.Group, id, newOwner, cancellationToken);

    /// <summary><c>DELETE chatgroups/{id}</c>; true when the server reports success.</summary>
    public Task<bool> DeleteGroupAsync(string id, CancellationToken cancellationToken) =>
        DeleteRoomAsync(RoomScope.Group, id, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/users?pagenum&amp;pagesize</c> (at most 1000 a page).</summary>
    public async Task<IReadOnlyList<EmGroupMember>> ListGroupMembersAsync(string id, int pageNum, int pageSize, CancellationToken cancellationToken) =>
        GroupMapper.ToMembers(id, await ListAffiliationsAsync(RoomScope.Group, id, pageNum, pageSize, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// <c>POST chatgroups/{id}/users {usernames}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users; a user left out of newmembers fails. The group
    /// refuses (403) an add whose users are all members already, as the retry of an add whose first answer was lost
    /// finds them: so each user refused with a 403, or whose retries ran out after an attempt that may have applied,
    /// has its membership read (<c>is_joined</c>), and a member is the add's success, as a user already in a chatroom
    /// is. State decides, never the refusal's words.
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<bool>>> AddGroupMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken)
    {
        var outcomes = await AddMembersAsync(RoomScope.Group, id, usernames, cancellationToken).ConfigureAwait(false);
        var checkedUsers = new Dictionary<string, bool>(EmApiLimits.UsernameComparer);
        var result = new ItemOutcome<bool>[outcomes.Count];
        for (var i = 0; i < outcomes.Count; i++)
        {
            var user = usernames[i];
            // A 403 (all members already), or retries spent after an attempt that may have applied: membership decides.
            if (outcomes[i].Error is { StatusCode: 403 } or { MayExist: true } && !checkedUsers.ContainsKey(user))
                checkedUsers[user] = await IsGroupMemberAsync(id, user, cancellationToken).ConfigureAwait(false);
            result[i] = checkedUsers.TryGetValue(user, out var member) && member ? ItemOutcome<bool>.Success(true) : outcomes[i];
        }
        return result;
    }

    /// <summary><c>DELETE chatgroups/{id}/users/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> RemoveGroupMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveMembersAsync(RoomScope.Group, id, usernames,
            async ct => (await GetGroupDetailsAsync(new[] { id }, ct).ConfigureAwait(false)).Found.FirstOrDefault()?.Owner, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/admin</c>.</summary>
    public Task<IReadOnlyList<string>> ListGroupAdminsAsync(string id, CancellationToken cancellationToken) =>
        ListAdminsAsync(RoomScope.Group, id, cancellationToken);

    /// <summary><c>POST chatgroups/{id}/admin {newadmin}</c> (owner plus admins at most 100).</summary>
    public Task AddGroupAdminAsync(string id, string username, CancellationToken cancellationToken) =>
        AddAdminAsync(RoomScope.Group, id, username, cancellationToken);

    /// <summary><c>DELETE chatgroups/{id}/admin/{username}</c>.</summary>
    public Task RemoveGroupAdminAsync(string id, string username, CancellationToken cancellationToken) =>
        RemoveAdminAsync(RoomScope.Group, id, username, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/mute</c>.</summary>
    public Task<IReadOnlyList<EmGroupMute>> ListGroupMutesAsync(string id, CancellationToken cancellationToken) =>
        ListMutesAsync(RoomScope.Group, id, ToGroupMute, cancellationToken);

    /// <summary><c>POST chatgroups/{id}/mute {usernames, mute_duration}</c> (milliseconds; null: permanent), 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> members.</summary>
    public Task<IReadOnlyList<ItemOutcome<EmGroupMute>>> MuteGroupMembersAsync(string id, IReadOnlyList<string> usernames, TimeSpan? duration, CancellationToken cancellationToken) =>
        MuteMembersAsync(RoomScope.Group, id, usernames, duration, ToGroupMute, cancellationToken);

    /// <summary><c>DELETE chatgroups/{id}/mute/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> UnmuteGroupMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        UnmuteMembersAsync(RoomScope.Group, id, usernames, cancellationToken);

    /// <summary><c>POST</c> or <c>DELETE chatgroups/{id}/ban</c>: mute everyone but the allowlist; returns the new state.</summary>
    public Task<bool> SetGroupMuteAllAsync(string id, bool muted, CancellationToken cancellationToken) =>
        SetMuteAllAsync(RoomScope.Group, id, muted, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/white/users</c>.</summary>
    public Task<IReadOnlyList<string>> ListGroupAllowedUsersAsync(string id, CancellationToken cancellationToken) =>
        ListRoomUsersAsync(RoomScope.Group, id, "white", cancellationToken);

    /// <summary><c>POST chatgroups/{id}/white/users {usernames}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> AllowGroupUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddRoomUsersAsync(RoomScope.Group, id, "white", usernames, cancellationToken);

    /// <summary><c>DELETE chatgroups/{id}/white/users/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> DisallowGroupUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveRoomUsersAsync(RoomScope.Group, id, "white", usernames, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/blocks/users</c>.</summary>
    public Task<IReadOnlyList<string>> ListGroupBlockedUsersAsync(string id, CancellationToken cancellationToken) =>
        ListRoomUsersAsync(RoomScope.Group, id, "blocks", cancellationToken);

    /// <summary><c>POST chatgroups/{id}/blocks/users {usernames}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users (the owner cannot be blocked).</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> BlockGroupUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddRoomUsersAsync(RoomScope.Group, id, "blocks", usernames, cancellationToken);

    /// <summary><c>DELETE chatgroups/{id}/blocks/users/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> UnblockGroupUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveRoomUsersAsync(RoomScope.Group, id, "blocks", usernames, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/announcement</c>.</summary>
    public async Task<EmGroupAnnouncement> GetGroupAnnouncementAsync(string id, CancellationToken cancellationToken) =>
        new() { GroupId = id, Announcement = await GetAnnouncementAsync(RoomScope.Group, id, cancellationToken).ConfigureAwait(false) };

    /// <summary><c>POST chatgroups/{id}/announcement</c>; true when the server reports it done.</summary>
    public Task<bool> SetGroupAnnouncementAsync(string id, string announcement, CancellationToken cancellationToken) =>
        SetAnnouncementAsync(RoomScope.Group, id, announcement, cancellationToken);

    /// <summary><c>GET chatgroups/{id}/share_files?pagenum&amp;pagesize</c> (at most 1000 a page).</summary>
    public async Task<IReadOnlyList<EmGroupFile>> ListGroupFilesAsync(string id, int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageNum, 1, nameof(pageNum));
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        var uri = _core.Api.Path("chatgroups", id, "share_files").Query("pagenum", pageNum).Query("pagesize", pageSize).Build();
        var answer = await SendAsync(ApiRequest.Get(uri, EmApiFamily.GroupItem), EasemobJsonContext.Default.DataEnvelopeListGroupFileDto, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new List<GroupFileDto>()).Where(f => !string.IsNullOrEmpty(f.FileId)).Select(f => GroupMapper.ToFile(id, f)).ToArray();
    }

    /// <summary><c>DELETE chatgroups/{id}/share_files/{fileId}</c>; true when the server reports it removed.</summary>
    public async Task<bool> DeleteGroupFileAsync(string id, string fileId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(fileId)) throw new ArgumentException("The file id is required.", nameof(fileId));
        var request = ApiRequest.Delete(_core.Api.Path("chatgroups", id, "share_files", fileId).Build(), EmApiFamily.GroupItem);
        try
        {
            var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeGroupFileDeletedDto, cancellationToken).ConfigureAwait(false);
            return answer.Result ?? false;
        }
        catch (EasemobApiException e) when (e.EarlierAttemptMayHaveApplied && e.StatusCode == 404)
        {
            // An earlier attempt removed it but its answer was lost.
            return true;
        }
    }

    /// <summary><c>GET metadata/chatgroup/{id}/user/{username}</c>: every attribute of one member.</summary>
    public async Task<IReadOnlyList<EmGroupMemberAttribute>> GetGroupMemberAttributesAsync(string id, string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path("metadata", "chatgroup", id, "user", username).Build(), EmApiFamily.GroupMemberAttribute);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringString, cancellationToken).ConfigureAwait(false);
        return ToAttributes(id, username, answer.Data);
    }

    /// <summary>
    /// <c>POST metadata/chatgroup/{id}/get {targets, properties}</c> (a read) for 1 to <see cref="EmApiLimits.MaxMembersPerAttributeGet"/> members: their attributes, or
    /// those of <paramref name="keys"/>.
    /// </summary>
    public async Task<IReadOnlyList<EmGroupMemberAttribute>> GetGroupMembersAttributesAsync(string id, IReadOnlyList<string> usernames, IReadOnlyList<string>? keys, CancellationToken cancellationToken)
    {
        BatchGuard.RequireNames(usernames, EmApiLimits.MaxMembersPerAttributeGet, "members", nameof(usernames));
        var body = new MemberMetadataQueryBody { Targets = usernames, Properties = keys ?? new string[0] };
        var request = ApiRequest.Post(_core.Api.Path("metadata", "chatgroup", id, "get").Build(), EmApiFamily.GroupMemberAttribute,
            Body(body, EasemobJsonContext.Default.MemberMetadataQueryBody), RequestIdempotency.Read);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringDictionaryStringString, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new Dictionary<string, Dictionary<string, string>>()).SelectMany(user => ToAttributes(id, user.Key, user.Value)).ToArray();
    }

    /// <summary>
    /// <c>PUT metadata/chatgroup/{id}/users/batch</c> for 1 to <see cref="EmApiLimits.MaxMembersPerAttributeSet"/> members, each with its own pairs ("" removes a key).
    /// Setting values: retried freely, the 409 of a concurrent edit of the same member included.
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<IReadOnlyList<EmGroupMemberAttribute>>>> SetGroupMemberAttributesAsync(string id,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> attributesByUser, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(attributesByUser, EmApiLimits.MaxMembersPerAttributeSet, "members", nameof(attributesByUser));
        var body = attributesByUser.Select(user => new MemberMetadataEntry { Username = user.Key, Metadata = user.Value.ToDictionary(p => p.Key, p => p.Value) }).ToArray();
        var request = ApiRequest.Put(_core.Api.Path("metadata", "chatgroup", id, "users", "batch").Build(), EmApiFamily.GroupMemberAttribute,
            Body(body, EasemobJsonContext.Default.MemberMetadataEntryArray));
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeMemberMetadataBatchDto, cancellationToken).ConfigureAwait(false);
        var outcomes = new UserOutcomes<IReadOnlyList<EmGroupMemberAttribute>>();
        foreach (var entry in (answer.Succeeded ?? new List<MemberMetadataEntry>()).Concat(answer.SucceededColon ?? new List<MemberMetadataEntry>()))
            if (!string.IsNullOrEmpty(entry.Username)) outcomes.Succeed(entry.Username!, ToAttributes(id, entry.Username!, entry.Metadata));
        foreach (var entry in (answer.Failed ?? new List<MemberMetadataEntry>()).Concat(answer.FailedColon ?? new List<MemberMetadataEntry>()))
            if (!string.IsNullOrEmpty(entry.Username)) outcomes.Fail(entry.Username!, UserRefused(request, entry.Username!, entry.Reason));
        var users = attributesByUser.Keys.ToList();
        outcomes.FailUnreported(users, user => UserRefused(request, user, $"the answer does not report the attributes of user {user}"));
        return outcomes.For(users);
    }

    private static IReadOnlyList<EmGroupMemberAttribute> ToAttributes(string groupId, string username, Dictionary<string, string>? pairs) =>
        (pairs ?? new Dictionary<string, string>())
            .Select(pair => new EmGroupMemberAttribute { GroupId = groupId, Username = username, Key = pair.Key, Value = pair.Value })
            .ToArray();

    private static EmGroupMute ToGroupMute(string groupId, string user, long? expire) => new()
    {
        GroupId = groupId,
        Username = user,
        Permanent = expire == PermanentMute,
        ExpiresOn = MuteEnd(expire),
    };
}
