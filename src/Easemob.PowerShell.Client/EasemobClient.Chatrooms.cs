using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

public sealed partial class EasemobClient
{
    /// <summary>How many of the owner's newest joined chatrooms are searched for a create whose answer was lost.</summary>
    private const int CreatedChatroomSearchDepth = 100;

    /// <summary><c>GET chatrooms?limit&amp;cursor</c>: entries carry Id, Name, Owner and MemberCount.</summary>
    /// <param name="cursor">Null or empty for the first page, else the previous page's <see cref="CursorPage{T}.Cursor"/>.</param>
    public async Task<CursorPage<EmChatroom>> ListChatroomsAsync(int limit, string? cursor, CancellationToken cancellationToken)
    {
        RequireAtLeast(limit, 1, nameof(limit));
        var uri = _core.Api.Path("chatrooms").Query("limit", limit).Query("cursor", string.IsNullOrEmpty(cursor) ? null : cursor).Build();
        var request = ApiRequest.Get(uri, EmApiFamily.ChatroomCollection);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomDto, cancellationToken).ConfigureAwait(false);
        return new CursorPage<EmChatroom>(ChatroomMapper.ToChatrooms(answer.Data), answer.Cursor);
    }

    /// <summary><c>GET users/{username}/joined_chatrooms?pagenum&amp;pagesize</c>: entries carry Id, Name and Disabled.</summary>
    public async Task<IReadOnlyList<EmChatroom>> ListJoinedChatroomsAsync(string username, int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageNum, 1, nameof(pageNum));
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        var uri = _core.Api.Path("users", username, "joined_chatrooms").Query("pagenum", pageNum).Query("pagesize", pageSize).Build();
        var request = ApiRequest.Get(uri, EmApiFamily.ChatroomCollection);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomDto, cancellationToken).ConfigureAwait(false);
        return ChatroomMapper.ToChatrooms(answer.Data);
    }

    /// <summary>
    /// <c>GET chatrooms/{id1,id2,…}</c> for 1 to <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/> ids. Ids that do not exist are reported in
    /// <see cref="DetailsResult{T}.Missing"/> instead of failing the call.
    /// </summary>
    /// <exception cref="ArgumentException">No ids, more than <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/>, or an empty id or one containing a comma.</exception>
    public Task<DetailsResult<EmChatroom>> GetChatroomDetailsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        new DetailsLookup<EmChatroom>(_core, RoomScope.Chatroom, async (request, ct) =>
        {
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomDto, ct).ConfigureAwait(false);
            return ChatroomMapper.ToChatrooms(answer.Data).Select(room => new KeyValuePair<string, EmChatroom>(room.Id, room));
        }).LookupAsync(ids, cancellationToken);

    /// <summary><c>POST chatrooms</c>; returns the new chatroom's id. See the overload for uncertain outcomes.</summary>
    public Task<string> CreateChatroomAsync(NewChatroomRequest request, CancellationToken cancellationToken) =>
        CreateChatroomAsync(request, new ChatroomCreateRun(), cancellationToken);

    /// <summary>
    /// <c>POST chatrooms</c>; returns the new chatroom's id. A create whose outcome is unknown (a 500, a timeout, a
    /// connection lost after sending) is resolved before it is retried or reported: the owner's newest joined chatrooms
    /// are searched for one with this name and owner, created since the first attempt and not claimed by another
    /// create of <paramref name="run"/>. With <see cref="NewChatroomRequest.RoomId"/> the create is idempotent instead:
    /// "already exists" after an uncertain attempt is that attempt's success.
    /// </summary>
    public async Task<string> CreateChatroomAsync(NewChatroomRequest request, ChatroomCreateRun run, CancellationToken cancellationToken)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (run is null) throw new ArgumentNullException(nameof(run));
        if (string.IsNullOrEmpty(request.Name)) throw new ArgumentException("The chatroom name is required.", nameof(request));
        if (string.IsNullOrEmpty(request.Owner)) throw new ArgumentException("The chatroom owner is required.", nameof(request));

        var body = new CreateChatroomBody
        {
            Name = request.Name,
            Description = request.Description,
            MaxUsers = request.MaxUsers,
            Owner = request.Owner,
            Members = request.Members is { Count: > 0 } ? request.Members : null,
            Custom = request.Custom,
            RoomId = string.IsNullOrEmpty(request.RoomId) ? null : request.RoomId,
        };
        var apiRequest = ApiRequest.Post(
            _core.Api.Path("chatrooms").Build(),
            EmApiFamily.ChatroomCollection,
            new ArraySegment<byte>(JsonSerializer.SerializeToUtf8Bytes(body, EasemobJsonContext.Default.CreateChatroomBody)),
            body.RoomId is null ? RequestIdempotency.NonIdempotent : RequestIdempotency.Idempotent);
        if (body.RoomId is { } roomId)
        {
            try
            {
                return await SendCreateChatroomAsync(apiRequest, cancellationToken).ConfigureAwait(false);
            }
            catch (EasemobApiException e) when (e.EarlierAttemptMayHaveApplied && e.StatusCode == 400 && e.ErrorCode == EmErrorCodes.IllegalArgument)
            {
                // "group ID … already exists!": an earlier attempt created it but its answer was lost.
                return roomId;
            }
        }

        return await CreateResolvingUncertainAsync(RoomScope.Chatroom, request.Name, request.Owner, run,
            ct => SendCreateChatroomAsync(apiRequest, ct),
            async ct => (await ListJoinedChatroomsAsync(request.Owner, 1, CreatedChatroomSearchDepth, ct).ConfigureAwait(false)).Select(c => (c.Id, c.Name)),
            async (ids, ct) => (await GetChatroomDetailsAsync(ids, ct).ConfigureAwait(false)).Found.Select(c => (c.Id, c.Owner, c.Created)),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> SendCreateChatroomAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var created = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomCreatedDto, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(created.Id) ? throw ApiFailures.InvalidResponse(request, "it has no data.id.") : created.Id!;
    }

    /// <summary>
    /// Sends a create whose outcome may be unknown (shared by chatrooms and groups). Such a create is resolved before it
    /// is retried or reported: the owner's newest rooms (<paramref name="ownersRooms"/>) are searched for one with this
    /// name, and their details (<paramref name="details"/>) for this owner and a creation since the first attempt, not
    /// claimed by another create of <paramref name="run"/>. Newest first, so the owner's first page holds any room just made.
    /// </summary>
    private async Task<string> CreateResolvingUncertainAsync(RoomScope scope, string name, string owner, ChatroomCreateRun run,
        Func<CancellationToken, Task<string>> send,
        Func<CancellationToken, Task<IEnumerable<(string Id, string? Name)>>> ownersRooms,
        Func<List<string>, CancellationToken, Task<IEnumerable<(string Id, string? Owner, DateTimeOffset? Created)>>> details,
        CancellationToken cancellationToken)
    {
        using (await run.WaitTurnAsync(name, owner, cancellationToken).ConfigureAwait(false))
        {
            var id = await _core.UncertainWrites.SendAsync(
                send,
                async (notBefore, ct) =>
                {
                    var candidates = (await ownersRooms(ct).ConfigureAwait(false)).Where(c => c.Name == name && !run.IsClaimed(c.Id)).Select(c => c.Id).ToList();
                    if (candidates.Count == 0) return null;
                    return (await details(candidates, ct).ConfigureAwait(false)).FirstOrDefault(c =>
                        EmApiLimits.UsernameComparer.Equals(c.Owner, owner) && c.Created >= notBefore && run.TryClaim(c.Id)).Id;
                },
                "The " + scope.Noun,
                _tracer,
                cancellationToken).ConfigureAwait(false);
            run.TryClaim(id);
            return id;
        }
    }

    /// <summary><c>PUT chatrooms/{id}</c> with the properties that are not null (at least one).</summary>
    public async Task<ChatroomUpdateResult> UpdateChatroomAsync(string id, string? name, string? description, int? maxUsers, CancellationToken cancellationToken)
    {
        if (name is null && description is null && maxUsers is null)
            throw new ArgumentException("Give at least one of name, description and maxUsers to change.");
        var body = new UpdateChatroomBody { Name = name, Description = description, MaxUsers = maxUsers };
        var request = ApiRequest.Put(
            _core.Api.Path("chatrooms", id).Build(),
            EmApiFamily.ChatroomItem,
            new ArraySegment<byte>(JsonSerializer.SerializeToUtf8Bytes(body, EasemobJsonContext.Default.UpdateChatroomBody)));
        var updated = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomUpdatedDto, cancellationToken).ConfigureAwait(false);
        return new ChatroomUpdateResult(updated.GroupName, updated.Description, updated.MaxUsers);
    }

    /// <summary><c>PUT chatrooms/{id}</c> with <c>newowner</c>; true when the server reports the transfer done.</summary>
    public Task<bool> TransferChatroomOwnerAsync(string id, string newOwner, CancellationToken cancellationToken) =>
        TransferOwnerAsync(RoomScope.Chatroom, id, newOwner, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}</c>; true when the server reports success.</summary>
    public Task<bool> DeleteChatroomAsync(string id, CancellationToken cancellationToken) =>
        DeleteRoomAsync(RoomScope.Chatroom, id, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/users?pagenum&amp;pagesize</c>, in the server's (unspecified) order.</summary>
    public async Task<IReadOnlyList<EmChatroomMember>> ListChatroomMembersAsync(string id, int pageNum, int pageSize, CancellationToken cancellationToken) =>
        ChatroomMapper.ToMembers(id, await ListAffiliationsAsync(RoomScope.Chatroom, id, pageNum, pageSize, cancellationToken).ConfigureAwait(false));

    // ---- Shared with groups (see RoomScope) ----

    private async Task<bool> TransferOwnerAsync(RoomScope scope, string id, string newOwner, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(newOwner)) throw new ArgumentException("The new owner is required.", nameof(newOwner));
        var request = ApiRequest.Put(
            _core.Api.Path(scope.Root, id).Build(),
            scope.Family,
            new ArraySegment<byte>(JsonSerializer.SerializeToUtf8Bytes(new TransferChatroomOwnerBody { NewOwner = newOwner }, EasemobJsonContext.Default.TransferChatroomOwnerBody)));
        try
        {
            var transferred = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomOwnerTransferredDto, cancellationToken).ConfigureAwait(false);
            return transferred.NewOwner ?? false;
        }
        catch (EasemobApiException e) when (e.EarlierAttemptMayHaveApplied && e.StatusCode == 403 && e.ErrorCode == EmErrorCodes.ForbiddenOp)
        {
            // An earlier attempt made the transfer but its answer was lost: "already the owner" is success.
            return true;
        }
    }

    private async Task<bool> DeleteRoomAsync(RoomScope scope, string id, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Delete(_core.Api.Path(scope.Root, id).Build(), scope.Family);
        try
        {
            var deleted = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomDeletedDto, cancellationToken).ConfigureAwait(false);
            return deleted.Success ?? false;
        }
        catch (EasemobApiException e) when (e.EarlierAttemptMayHaveApplied && e.StatusCode == 404)
        {
            // An earlier attempt deleted it but its answer was lost.
            return true;
        }
    }

    private async Task<List<AffiliationDto>?> ListAffiliationsAsync(RoomScope scope, string id, int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageNum, 1, nameof(pageNum));
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        var uri = _core.Api.Path(scope.Root, id, "users").Query("pagenum", pageNum).Query("pagesize", pageSize).Build();
        var answer = await SendAsync(ApiRequest.Get(uri, scope.Family), EasemobJsonContext.Default.DataEnvelopeListAffiliationDto, cancellationToken).ConfigureAwait(false);
        return answer.Data;
    }
}
