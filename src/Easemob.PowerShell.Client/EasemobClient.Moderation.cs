using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Chatroom membership and moderation: members, admins, super admins, mutes, allowlist, blocklist. The calls groups
/// share are implemented once here with a <see cref="RoomScope"/>; the group entry points are in EasemobClient.Groups.cs.
/// </summary>
public sealed partial class EasemobClient
{

    /// <summary>
    /// <c>POST chatrooms/{id}/users {usernames}</c>, 1 to 60 users. A user already in the room is a success; a user
    /// the answer leaves out of newmembers (blocked, or the room is full) fails. Retried freely: adding a member
    /// twice leaves the same state.
    /// </summary>
    public Task<ChatroomUserBatchResult<bool>> AddChatroomMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddMembersAsync(RoomScope.Chatroom, id, usernames, cancellationToken);

    /// <summary>
    /// <c>DELETE chatrooms/{id}/users/{u1,u2,…}</c>, 1 to 60 users; each user that was not a member is its own error.
    /// </summary>
    public Task<ChatroomUserBatchResult<bool>> RemoveChatroomMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveMembersAsync(RoomScope.Chatroom, id, usernames, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/admin</c>: the admins' user names.</summary>
    public Task<IReadOnlyList<string>> ListChatroomAdminsAsync(string id, CancellationToken cancellationToken) =>
        ListAdminsAsync(RoomScope.Chatroom, id, cancellationToken);

    /// <summary><c>POST chatrooms/{id}/admin {newadmin}</c>. Not retried once it may have applied: the server refuses an admin twice.</summary>
    public Task AddChatroomAdminAsync(string id, string username, CancellationToken cancellationToken) =>
        AddAdminAsync(RoomScope.Chatroom, id, username, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/admin/{username}</c>: back to an ordinary member.</summary>
    public Task RemoveChatroomAdminAsync(string id, string username, CancellationToken cancellationToken) =>
        RemoveAdminAsync(RoomScope.Chatroom, id, username, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/mute</c>: the mutes in force.</summary>
    public Task<IReadOnlyList<EmChatroomMute>> ListChatroomMutesAsync(string id, CancellationToken cancellationToken) =>
        ListMutesAsync(RoomScope.Chatroom, id, ToChatroomMute, cancellationToken);

    /// <summary>
    /// <c>POST chatrooms/{id}/mute {usernames, mute_duration}</c>, 1 to 60 members, for <paramref name="duration"/>
    /// (sent in milliseconds) or permanently when null. Retried freely: muting again sets the same mute.
    /// </summary>
    public Task<ChatroomUserBatchResult<EmChatroomMute>> MuteChatroomMembersAsync(string id, IReadOnlyList<string> usernames, TimeSpan? duration, CancellationToken cancellationToken) =>
        MuteMembersAsync(RoomScope.Chatroom, id, usernames, duration, ToChatroomMute, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/mute/{u1,u2,…}</c>, 1 to 60 users; lifting a mute that is not there succeeds.</summary>
    public Task<ChatroomUserBatchResult<bool>> UnmuteChatroomMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        UnmuteMembersAsync(RoomScope.Chatroom, id, usernames, cancellationToken);

    /// <summary><c>POST</c> (mute) or <c>DELETE</c> (unmute) <c>chatrooms/{id}/ban</c>: everyone but the allowlist; returns the new state.</summary>
    public Task<bool> SetChatroomMuteAllAsync(string id, bool muted, CancellationToken cancellationToken) =>
        SetMuteAllAsync(RoomScope.Chatroom, id, muted, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/white/users</c>.</summary>
    public Task<IReadOnlyList<string>> ListChatroomAllowedUsersAsync(string id, CancellationToken cancellationToken) =>
        ListRoomUsersAsync(RoomScope.Chatroom, id, "white", cancellationToken);

    /// <summary><c>POST chatrooms/{id}/white/users {usernames}</c>, 1 to 60 members. Retried freely: allowing twice is the same.</summary>
    public Task<ChatroomUserBatchResult<bool>> AllowChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddRoomUsersAsync(RoomScope.Chatroom, id, "white", usernames, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/white/users/{u1,u2,…}</c>, 1 to 60 users.</summary>
    public Task<ChatroomUserBatchResult<bool>> DisallowChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveRoomUsersAsync(RoomScope.Chatroom, id, "white", usernames, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/blocks/users</c>.</summary>
    public Task<IReadOnlyList<string>> ListChatroomBlockedUsersAsync(string id, CancellationToken cancellationToken) =>
        ListRoomUsersAsync(RoomScope.Chatroom, id, "blocks", cancellationToken);

    /// <summary>
    /// <c>POST chatrooms/{id}/blocks/users {usernames}</c>, 1 to 60 users: the server removes them from the room. Retried
    /// freely: blocking twice is the same.
    /// </summary>
    public Task<ChatroomUserBatchResult<bool>> BlockChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddRoomUsersAsync(RoomScope.Chatroom, id, "blocks", usernames, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/blocks/users/{u1,u2,…}</c>, 1 to 60 users.</summary>
    public Task<ChatroomUserBatchResult<bool>> UnblockChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveRoomUsersAsync(RoomScope.Chatroom, id, "blocks", usernames, cancellationToken);

    // ---- One implementation per call that chatrooms and groups share; the scope is the difference. ----

    private Task<ChatroomUserBatchResult<bool>> AddMembersAsync(RoomScope scope, string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserBatchAsync(usernames, async (batch, ct) =>
        {
            var request = ApiRequest.Post(_core.Api.Path(scope.Root, id, "users").Build(), scope.Family,
                Body(new UsernamesBody { Usernames = batch }, EasemobJsonContext.Default.UsernamesBody), RequestIdempotency.Idempotent);
            var added = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomMembersAddedDto, ct).ConfigureAwait(false);
            var result = new ChatroomUserBatchResult<bool>();
            foreach (var user in added.NewMembers ?? new List<string>()) result.Succeed(user, true);
            FailUnreported(result, batch, request, user => $"user {user} was not added to {scope.Noun} {id}: it is blocked there, or the {scope.Noun} is full");
            return result;
        }, cancellationToken);

    private Task<ChatroomUserBatchResult<bool>> RemoveMembersAsync(RoomScope scope, string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(usernames, batch => ApiRequest.Delete(_core.Api.Path(scope.Root, id, "users", UserList(batch)).Build(), scope.Family), cancellationToken, removal: true);

    private Task<IReadOnlyList<string>> ListAdminsAsync(RoomScope scope, string id, CancellationToken cancellationToken) =>
        ListUsersAsync(_core.Api.Path(scope.Root, id, "admin").Build(), scope.Family, cancellationToken);

    private Task AddAdminAsync(RoomScope scope, string id, string username, CancellationToken cancellationToken) =>
        SendRoleChangeAsync(ApiRequest.Post(_core.Api.Path(scope.Root, id, "admin").Build(), scope.Family,
            Body(new ChatroomNewAdminBody { NewAdmin = username }, EasemobJsonContext.Default.ChatroomNewAdminBody), RequestIdempotency.NonIdempotent), cancellationToken);

    private Task RemoveAdminAsync(RoomScope scope, string id, string username, CancellationToken cancellationToken) =>
        SendRoleChangeAsync(ApiRequest.Delete(_core.Api.Path(scope.Root, id, "admin", username).Build(), scope.Family), cancellationToken);

    private async Task<IReadOnlyList<TMute>> ListMutesAsync<TMute>(RoomScope scope, string id, Func<string, string, long?, TMute> toMute, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path(scope.Root, id, "mute").Build(), scope.Family);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomUserOutcomeDto, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new List<ChatroomUserOutcomeDto>()).Where(m => !string.IsNullOrEmpty(m.User)).Select(m => toMute(id, m.User!, m.Expire)).ToArray();
    }

    private Task<ChatroomUserBatchResult<TMute>> MuteMembersAsync<TMute>(RoomScope scope, string id, IReadOnlyList<string> usernames, TimeSpan? duration,
        Func<string, string, long?, TMute> toMute, CancellationToken cancellationToken)
    {
        if (duration is { } positive && positive <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "A mute lasts a positive time; null mutes permanently.");
        var milliseconds = duration is { } d ? Math.Max(1, (long)d.TotalMilliseconds) : PermanentMute;
        return SendUserBatchAsync(usernames, async (batch, ct) =>
        {
            var request = ApiRequest.Post(_core.Api.Path(scope.Root, id, "mute").Build(), scope.Family,
                Body(new ChatroomMuteBody { Usernames = batch, MuteDuration = milliseconds }, EasemobJsonContext.Default.ChatroomMuteBody), RequestIdempotency.Idempotent);
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomUserOutcomeDto, ct).ConfigureAwait(false);
            var result = new ChatroomUserBatchResult<TMute>();
            foreach (var entry in answer.Data ?? new List<ChatroomUserOutcomeDto>())
            {
                if (string.IsNullOrEmpty(entry.User)) continue;
                if (entry.Result == false) result.Fail(entry.User!, UserRefused(request, entry.User!, entry.Reason));
                else result.Succeed(entry.User!, toMute(id, entry.User!, entry.Expire ?? (duration is null ? PermanentMute : null)));
            }
            FailUnreported(result, batch, request, user => $"the answer does not report user {user} as muted");
            return result;
        }, cancellationToken);
    }

    private Task<ChatroomUserBatchResult<bool>> UnmuteMembersAsync(RoomScope scope, string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(usernames, batch => ApiRequest.Delete(_core.Api.Path(scope.Root, id, "mute", UserList(batch)).Build(), scope.Family), cancellationToken, removal: true);

    private async Task<bool> SetMuteAllAsync(RoomScope scope, string id, bool muted, CancellationToken cancellationToken)
    {
        var uri = _core.Api.Path(scope.Root, id, "ban").Build();
        // Setting an absolute state: retried freely.
        var request = muted
            ? ApiRequest.Post(uri, scope.Family, NoBody, RequestIdempotency.Idempotent)
            : ApiRequest.Delete(uri, scope.Family);
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomMuteAllDto, cancellationToken).ConfigureAwait(false);
        return answer.Mute ?? muted;
    }

    /// <summary><c>GET {root}/{id}/{list}/users</c>, the allowlist (<c>white</c>) or blocklist (<c>blocks</c>).</summary>
    private Task<IReadOnlyList<string>> ListRoomUsersAsync(RoomScope scope, string id, string list, CancellationToken cancellationToken) =>
        ListUsersAsync(_core.Api.Path(scope.Root, id, list, "users").Build(), scope.Family, cancellationToken);

    /// <summary><c>POST {root}/{id}/{list}/users {usernames}</c>: allowing or blocking twice is the same, so retried freely.</summary>
    private Task<ChatroomUserBatchResult<bool>> AddRoomUsersAsync(RoomScope scope, string id, string list, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(usernames, batch => ApiRequest.Post(_core.Api.Path(scope.Root, id, list, "users").Build(), scope.Family,
            Body(new UsernamesBody { Usernames = batch }, EasemobJsonContext.Default.UsernamesBody), RequestIdempotency.Idempotent), cancellationToken);

    /// <summary><c>DELETE {root}/{id}/{list}/users/{u1,u2,…}</c>.</summary>
    private Task<ChatroomUserBatchResult<bool>> RemoveRoomUsersAsync(RoomScope scope, string id, string list, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(usernames, batch => ApiRequest.Delete(_core.Api.Path(scope.Root, id, list, "users", UserList(batch)).Build(), scope.Family), cancellationToken, removal: true);

    /// <summary><c>GET chatrooms/super_admin?pagenum&amp;pagesize</c>.</summary>
    public Task<IReadOnlyList<string>> ListChatroomSuperAdminsAsync(int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageNum, 1, nameof(pageNum));
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        return ListUsersAsync(_core.Api.Path("chatrooms", "super_admin").Query("pagenum", pageNum).Query("pagesize", pageSize).Build(), EmApiFamily.ChatroomItem, cancellationToken);
    }

    /// <summary><c>POST chatrooms/super_admin {superadmin}</c>. Retried freely: making a super admin twice is the same.</summary>
    public Task AddChatroomSuperAdminAsync(string username, CancellationToken cancellationToken) =>
        SendRoleChangeAsync(ApiRequest.Post(_core.Api.Path("chatrooms", "super_admin").Build(), EmApiFamily.ChatroomItem,
            Body(new ChatroomSuperAdminBody { SuperAdmin = username }, EasemobJsonContext.Default.ChatroomSuperAdminBody), RequestIdempotency.Idempotent), cancellationToken);

    /// <summary><c>DELETE chatrooms/super_admin/{username}</c>.</summary>
    public Task RemoveChatroomSuperAdminAsync(string username, CancellationToken cancellationToken) =>
        SendRoleChangeAsync(ApiRequest.Delete(_core.Api.Path("chatrooms", "super_admin", username).Build(), EmApiFamily.ChatroomItem), cancellationToken);

    private const long PermanentMute = -1;

    private static EmChatroomMute ToChatroomMute(string chatroomId, string user, long? expire) => new()
    {
        ChatroomId = chatroomId,
        Username = user,
        Permanent = expire == PermanentMute,
        ExpiresOn = MuteEnd(expire),
    };

    /// <summary>When a mute with this <c>expire</c> ends; null when it is permanent (-1).</summary>
    private static DateTimeOffset? MuteEnd(long? expire) => expire == PermanentMute ? null : UnixTime.FromSecondsOrMilliseconds(expire);

    /// <summary>One path segment of user names; the commas are escaped as %2C, as the vendor documents.</summary>
    private static string UserList(IReadOnlyList<string> batch) => string.Join(",", batch);

    private async Task<IReadOnlyList<string>> ListUsersAsync(Uri uri, EmApiFamily family, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ApiRequest.Get(uri, family), EasemobJsonContext.Default.DataEnvelopeListString, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new List<string>()).Where(u => !string.IsNullOrEmpty(u)).ToArray();
    }

    /// <summary>A single admin or super-admin change; <c>result</c> is "success" or true (the docs disagree), anything else fails.</summary>
    private async Task SendRoleChangeAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomRoleChangeDto, cancellationToken).ConfigureAwait(false);
        if (answer.Result is { } result && !result.Equals("success", StringComparison.OrdinalIgnoreCase) && !result.Equals("true", StringComparison.OrdinalIgnoreCase))
            throw ApiFailures.InvalidResponse(request, $"its result is '{result}'.");
    }

    /// <summary>A per-user call whose answer is one <c>{result, reason?, user}</c> entry per user (one object for one user).</summary>
    /// <param name="removal">
    /// A removal (a DELETE): a user the server reports as no longer there, in an answer or a refusal that came after
    /// an earlier attempt of the same call may have applied, was removed by that attempt: that user's success.
    /// </param>
    private Task<ChatroomUserBatchResult<bool>> SendUserListAsync(IReadOnlyList<string> usernames, Func<IReadOnlyList<string>, ApiRequest> requestFor, CancellationToken cancellationToken, bool removal = false) =>
        SendUserBatchAsync(usernames, async (batch, ct) =>
        {
            var request = requestFor(batch);
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomUserOutcomeDto, ct).ConfigureAwait(false);
            var result = new ChatroomUserBatchResult<bool>();
            foreach (var entry in answer.Data ?? new List<ChatroomUserOutcomeDto>())
            {
                if (string.IsNullOrEmpty(entry.User)) continue;
                if (entry.Result == false && !(removal && request.AnsweredAfterUncertainAttempt && GoneAlready(entry.Reason)))
                    result.Fail(entry.User!, UserRefused(request, entry.User!, entry.Reason));
                else result.Succeed(entry.User!, true);
            }
            FailUnreported(result, batch, request, user => $"the answer does not report user {user}");
            return result;
        }, cancellationToken, removal ? () => true : null);

    /// <summary>
    /// Sends a batch of 1 to 60 distinct users. When the server refuses the whole batch naming some of its users
    /// (an unknown user, users that are not members), those users get that error and the rest are sent again, so
    /// one bad name does not fail its 59 neighbours.
    /// </summary>
    /// <param name="doneByEarlierAttempt">
    /// When given, the result of a user named in a refusal that came after an earlier attempt of the same call may
    /// have applied: the call's goal state is what the refusal reports (see <see cref="SendUserListAsync"/>).
    /// </param>
    private static async Task<ChatroomUserBatchResult<T>> SendUserBatchAsync<T>(IReadOnlyList<string> usernames,
        Func<IReadOnlyList<string>, CancellationToken, Task<ChatroomUserBatchResult<T>>> send, CancellationToken cancellationToken,
        Func<T>? doneByEarlierAttempt = null)
    {
        if (usernames is null) throw new ArgumentNullException(nameof(usernames));
        if (usernames.Count == 0 || usernames.Count > EmApiLimits.MaxUsersPerChatroomBatch)
            throw new ArgumentException($"Give 1 to {EmApiLimits.MaxUsersPerChatroomBatch} user names; got {usernames.Count}.", nameof(usernames));
        if (usernames.Any(u => string.IsNullOrEmpty(u) || u.IndexOf(',') >= 0))
            throw new ArgumentException("A user name must not be empty or contain a comma, which separates names on the wire.", nameof(usernames));

        var pending = usernames.Distinct(EmApiLimits.UsernameComparer).ToList();
        var refusedUsers = new List<(string User, EasemobApiException Error)>();
        var doneUsers = new List<string>();
        ChatroomUserBatchResult<T>? result = null;
        while (pending.Count > 0)
        {
            try
            {
                result = await send(pending, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (EasemobApiException refused) when (refused.StatusCode is 400 or 403 or 404)
            {
                var named = NamesInMessage.Find(refused.ErrorDescription, pending, EmApiLimits.UsernameComparer);
                if (named.Count == 0) throw;
                foreach (var user in named)
                {
                    if (refused.EarlierAttemptMayHaveApplied && doneByEarlierAttempt is not null && GoneAlready(refused.ErrorDescription)) doneUsers.Add(user);
                    else refusedUsers.Add((user, refused));
                    pending.Remove(user);
                }
            }
        }
        result ??= new ChatroomUserBatchResult<T>();
        foreach (var (user, error) in refusedUsers) result.Fail(user, error);
        foreach (var user in doneUsers) result.Succeed(user, doneByEarlierAttempt!());
        return result;
    }

    /// <summary>
    /// Whether a refusal of a removal says the user is no longer there ("not members", "doesn't exist in group"):
    /// the removal's goal. A refusal about the owner is not.
    /// </summary>
    private static bool GoneAlready(string? reason) =>
        reason is not null && reason.IndexOf("owner", StringComparison.OrdinalIgnoreCase) < 0
        && (reason.IndexOf("not", StringComparison.OrdinalIgnoreCase) >= 0 || reason.IndexOf("exist", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>
    /// A user's failure inside a 200 answer, as the same forbidden_op the server sends when it refuses a whole call,
    /// so scripts match one error id either way.
    /// </summary>
    private static EasemobApiException UserRefused(ApiRequest request, string user, string? reason) =>
        new(400, EmErrorCodes.ForbiddenOp, string.IsNullOrEmpty(reason) ? $"the server refused user {user}" : reason, request.Method.Method, request.Uri.AbsoluteUri);

    private static void FailUnreported<T>(ChatroomUserBatchResult<T> result, IReadOnlyList<string> batch, ApiRequest request, Func<string, string> reason)
    {
        foreach (var user in batch.Where(u => !result.Has(u))) result.Fail(user, UserRefused(request, user, reason(user)));
    }
}
