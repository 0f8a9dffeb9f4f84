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
/// Chatroom membership and moderation: members, admins, super admins, mutes, allowlist, blocklist. The calls groups share
/// are one implementation with the <see cref="RoomScope"/> as parameter.
/// </summary>
public sealed partial class EasemobClient
{
    /// <summary>
    /// <c>POST chatrooms/{id}/users {usernames}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users; one outcome per user given. A user already in the room
    /// is a success; a user the answer leaves out of newmembers (blocked, or the room is full) fails. Retried freely:
    /// adding a member twice leaves the same state.
    /// </summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> AddChatroomMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddMembersAsync(RoomScope.Chatroom, id, usernames, cancellationToken);

    /// <summary>
    /// <c>DELETE chatrooms/{id}/users/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users; each user that was not a member is its own error
    /// (unless an earlier attempt of the call may have removed it).
    /// </summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> RemoveChatroomMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveMembersAsync(RoomScope.Chatroom, id, usernames,
            async ct => (await GetChatroomDetailsAsync(new[] { id }, ct).ConfigureAwait(false)).Found.FirstOrDefault()?.Owner, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/admin</c>: the admins' user names.</summary>
    public Task<IReadOnlyList<string>> ListChatroomAdminsAsync(string id, CancellationToken cancellationToken) =>
        ListAdminsAsync(RoomScope.Chatroom, id, cancellationToken);

    /// <summary>
    /// <c>POST chatrooms/{id}/admin {newadmin}</c>. Not repeated blindly once it may have applied (the server refuses an
    /// admin twice): the admin list says whether it did; if not, it is sent again.
    /// </summary>
    public Task AddChatroomAdminAsync(string id, string username, CancellationToken cancellationToken) =>
        AddAdminAsync(RoomScope.Chatroom, id, username, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/admin/{username}</c>: back to an ordinary member.</summary>
    public Task RemoveChatroomAdminAsync(string id, string username, CancellationToken cancellationToken) =>
        RemoveAdminAsync(RoomScope.Chatroom, id, username, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/mute</c>: the mutes in force.</summary>
    public Task<IReadOnlyList<EmChatroomMute>> ListChatroomMutesAsync(string id, CancellationToken cancellationToken) =>
        ListMutesAsync(RoomScope.Chatroom, id, ToChatroomMute, cancellationToken);

    /// <summary>
    /// <c>POST chatrooms/{id}/mute {usernames, mute_duration}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> members, for <paramref name="duration"/>
    /// (sent in milliseconds) or permanently when null. Retried freely: muting again sets the same mute.
    /// </summary>
    public Task<IReadOnlyList<ItemOutcome<EmChatroomMute>>> MuteChatroomMembersAsync(string id, IReadOnlyList<string> usernames, TimeSpan? duration, CancellationToken cancellationToken) =>
        MuteMembersAsync(RoomScope.Chatroom, id, usernames, duration, ToChatroomMute, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/mute/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users; lifting a mute that is not there succeeds.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> UnmuteChatroomMembersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        UnmuteMembersAsync(RoomScope.Chatroom, id, usernames, cancellationToken);

    /// <summary><c>POST</c> (mute) or <c>DELETE</c> (unmute) <c>chatrooms/{id}/ban</c>: everyone but the allowlist; returns the new state.</summary>
    public Task<bool> SetChatroomMuteAllAsync(string id, bool muted, CancellationToken cancellationToken) =>
        SetMuteAllAsync(RoomScope.Chatroom, id, muted, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/white/users</c>.</summary>
    public Task<IReadOnlyList<string>> ListChatroomAllowedUsersAsync(string id, CancellationToken cancellationToken) =>
        ListRoomUsersAsync(RoomScope.Chatroom, id, "white", cancellationToken);

    /// <summary><c>POST chatrooms/{id}/white/users {usernames}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> members. Retried freely: allowing twice is the same.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> AllowChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddRoomUsersAsync(RoomScope.Chatroom, id, "white", usernames, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/white/users/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> DisallowChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveRoomUsersAsync(RoomScope.Chatroom, id, "white", usernames, cancellationToken);

    /// <summary><c>GET chatrooms/{id}/blocks/users</c>.</summary>
    public Task<IReadOnlyList<string>> ListChatroomBlockedUsersAsync(string id, CancellationToken cancellationToken) =>
        ListRoomUsersAsync(RoomScope.Chatroom, id, "blocks", cancellationToken);

    /// <summary>
    /// <c>POST chatrooms/{id}/blocks/users {usernames}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users: the server removes them from the room. Retried
    /// freely: blocking twice is the same.
    /// </summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> BlockChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        AddRoomUsersAsync(RoomScope.Chatroom, id, "blocks", usernames, cancellationToken);

    /// <summary><c>DELETE chatrooms/{id}/blocks/users/{u1,u2,…}</c>, 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users.</summary>
    public Task<IReadOnlyList<ItemOutcome<bool>>> UnblockChatroomUsersAsync(string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        RemoveRoomUsersAsync(RoomScope.Chatroom, id, "blocks", usernames, cancellationToken);

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
        SendRoleRemovalAsync(ApiRequest.Delete(_core.Api.Path("chatrooms", "super_admin", username).Build(), EmApiFamily.ChatroomItem),
            username, ListAllChatroomSuperAdminsAsync, cancellationToken);

    // ---- One implementation per call that chatrooms and groups share; the scope is the difference. ----

    private Task<IReadOnlyList<ItemOutcome<bool>>> AddMembersAsync(RoomScope scope, string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserBatchAsync<bool>(id, usernames, async (batch, outcomes, ct) =>
        {
            var request = ApiRequest.Post(_core.Api.Path(scope.Root, id, "users").Build(), scope.Family,
                Body(new UsernamesBody { Usernames = batch }, EasemobJsonContext.Default.UsernamesBody), RequestIdempotency.Idempotent);
            var added = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomMembersAddedDto, ct).ConfigureAwait(false);
            foreach (var user in added.NewMembers ?? new List<string>()) outcomes.Succeed(user, true);
            outcomes.FailUnreported(batch, user => UserRefused(request, user, $"user {user} was not added to {scope.Noun} {id}: it is blocked there, or the {scope.Noun} is full"));
        }, null, cancellationToken);

    /// <param name="ownerOf">Reads the room's owner, for <see cref="ExplainOwnerRefusalAsync"/>.</param>
    private async Task<IReadOnlyList<ItemOutcome<bool>>> RemoveMembersAsync(RoomScope scope, string id, IReadOnlyList<string> usernames,
        Func<CancellationToken, Task<string?>> ownerOf, CancellationToken cancellationToken)
    {
        var outcomes = await SendUserListAsync(id, usernames, batch => ApiRequest.Delete(_core.Api.Path(scope.Root, id, "users", UserList(batch)).Build(), scope.Family),
            (refused, _) => Task.FromResult(Users(refused.Where(r => VendorMessages.SaysNotMember(r.Reason, r.User, id)).Select(r => r.User))), cancellationToken).ConfigureAwait(false);
        return outcomes.Any(o => !o.Succeeded) ? await ExplainOwnerRefusalAsync(scope, id, usernames, outcomes, ownerOf, cancellationToken).ConfigureAwait(false) : outcomes;
    }

    /// <summary>
    /// The service refuses to remove the owner as it refuses a stranger ("users [alice] are not members of this group!").
    /// When a removal failed, one details read tells whether the owner was among the refused, and that user's error
    /// then says so (the code stays the service's forbidden_op). Decided by who owns the room, not by the message's words.
    /// </summary>
    private static async Task<IReadOnlyList<ItemOutcome<bool>>> ExplainOwnerRefusalAsync(RoomScope scope, string id, IReadOnlyList<string> usernames,
        IReadOnlyList<ItemOutcome<bool>> outcomes, Func<CancellationToken, Task<string?>> ownerOf, CancellationToken cancellationToken)
    {
        string? owner;
        try
        {
            owner = await ownerOf(cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException)
        {
            return outcomes; // the service's own errors still stand
        }
        if (owner is null) return outcomes;
        return usernames.Select((user, i) => outcomes[i].Error is { } refused && EmApiLimits.UsernameComparer.Equals(user, owner)
            ? ItemOutcome<bool>.Failure(ApiFailures.WithDescription(refused,
                $"user {owner} is the owner of {scope.Noun} {id}, not one of its members: the owner cannot be removed; make another user the owner first ({scope.OwnerCmdlet})"))
            : outcomes[i]).ToArray();
    }

    private Task<IReadOnlyList<string>> ListAdminsAsync(RoomScope scope, string id, CancellationToken cancellationToken) =>
        ListUsersAsync(_core.Api.Path(scope.Root, id, "admin").Build(), scope.Family, cancellationToken);

    private async Task AddAdminAsync(RoomScope scope, string id, string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Post(_core.Api.Path(scope.Root, id, "admin").Build(), scope.Family,
            Body(new ChatroomNewAdminBody { NewAdmin = username }, EasemobJsonContext.Default.ChatroomNewAdminBody), RequestIdempotency.NonIdempotent);
        await _core.UncertainWrites.SendAsync(
            async ct =>
            {
                await SendRoleChangeAsync(request, ct).ConfigureAwait(false);
                return username;
            },
            async (_, ct) => (await ListAdminsAsync(scope, id, ct).ConfigureAwait(false)).Contains(username, EmApiLimits.UsernameComparer) ? username : null,
            "The admin",
            _tracer,
            cancellationToken).ConfigureAwait(false);
    }

    private Task RemoveAdminAsync(RoomScope scope, string id, string username, CancellationToken cancellationToken) =>
        SendRoleRemovalAsync(ApiRequest.Delete(_core.Api.Path(scope.Root, id, "admin", username).Build(), scope.Family),
            username, ct => ListAdminsAsync(scope, id, ct), cancellationToken);

    private async Task<IReadOnlyList<TMute>> ListMutesAsync<TMute>(RoomScope scope, string id, Func<string, string, long?, TMute> toMute, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path(scope.Root, id, "mute").Build(), scope.Family);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomUserOutcomeDto, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new List<ChatroomUserOutcomeDto>()).Where(m => !string.IsNullOrEmpty(m.User)).Select(m => toMute(id, m.User!, m.Expire)).ToArray();
    }

    private Task<IReadOnlyList<ItemOutcome<TMute>>> MuteMembersAsync<TMute>(RoomScope scope, string id, IReadOnlyList<string> usernames, TimeSpan? duration,
        Func<string, string, long?, TMute> toMute, CancellationToken cancellationToken)
    {
        if (duration is { } positive && positive <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "A mute lasts a positive time; null mutes permanently.");
        var milliseconds = duration is { } d ? Math.Max(1, (long)d.TotalMilliseconds) : PermanentMute;
        return SendUserBatchAsync<TMute>(id, usernames, async (batch, outcomes, ct) =>
        {
            var request = ApiRequest.Post(_core.Api.Path(scope.Root, id, "mute").Build(), scope.Family,
                Body(new ChatroomMuteBody { Usernames = batch, MuteDuration = milliseconds }, EasemobJsonContext.Default.ChatroomMuteBody), RequestIdempotency.Idempotent);
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomUserOutcomeDto, ct).ConfigureAwait(false);
            foreach (var entry in answer.Data ?? new List<ChatroomUserOutcomeDto>())
            {
                if (string.IsNullOrEmpty(entry.User)) continue;
                if (entry.Result == false) outcomes.Fail(entry.User!, UserRefused(request, entry.User!, entry.Reason));
                else outcomes.Succeed(entry.User!, toMute(id, entry.User!, entry.Expire ?? (duration is null ? PermanentMute : null)));
            }
            outcomes.FailUnreported(batch, user => UserRefused(request, user, $"the answer does not report user {user} as muted"));
        }, null, cancellationToken);
    }

    private Task<IReadOnlyList<ItemOutcome<bool>>> UnmuteMembersAsync(RoomScope scope, string id, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(id, usernames, batch => ApiRequest.Delete(_core.Api.Path(scope.Root, id, "mute", UserList(batch)).Build(), scope.Family),
            GoneIfNotListed(async ct => (await ListMutesAsync(scope, id, (_, user, _) => user, ct).ConfigureAwait(false)).AsEnumerable()), cancellationToken);

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
    private Task<IReadOnlyList<ItemOutcome<bool>>> AddRoomUsersAsync(RoomScope scope, string id, string list, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(id, usernames, batch => ApiRequest.Post(_core.Api.Path(scope.Root, id, list, "users").Build(), scope.Family,
            Body(new UsernamesBody { Usernames = batch }, EasemobJsonContext.Default.UsernamesBody), RequestIdempotency.Idempotent), null, cancellationToken);

    /// <summary><c>DELETE {root}/{id}/{list}/users/{u1,u2,…}</c>; a user an earlier, uncertain attempt took off the list is a success.</summary>
    private Task<IReadOnlyList<ItemOutcome<bool>>> RemoveRoomUsersAsync(RoomScope scope, string id, string list, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        SendUserListAsync(id, usernames, batch => ApiRequest.Delete(_core.Api.Path(scope.Root, id, list, "users", UserList(batch)).Build(), scope.Family),
            GoneIfNotListed(ct => ListRoomUsersAsync(scope, id, list, ct)), cancellationToken);

    private const long PermanentMute = -1;

    /// <summary>Most super admins one page of the lookup after an uncertain removal reads.</summary>
    private const int SuperAdminLookupPageSize = 1000;

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

    /// <summary>Every super admin, page after page.</summary>
    private async Task<IReadOnlyList<string>> ListAllChatroomSuperAdminsAsync(CancellationToken cancellationToken)
    {
        var all = new List<string>();
        for (var pageNum = 1; ; pageNum++)
        {
            var page = await ListChatroomSuperAdminsAsync(pageNum, SuperAdminLookupPageSize, cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
            if (page.Count < SuperAdminLookupPageSize) return all;
        }
    }

    /// <summary>A single admin or super-admin change; <c>result</c> is "success" or true (the docs disagree), anything else fails.</summary>
    private async Task SendRoleChangeAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeChatroomRoleChangeDto, cancellationToken).ConfigureAwait(false);
        if (answer.Result is { } result && !result.Equals("success", StringComparison.OrdinalIgnoreCase) && !result.Equals("true", StringComparison.OrdinalIgnoreCase))
            throw ApiFailures.InvalidResponse(request, $"its result is '{result}'.");
    }

    /// <summary>
    /// A single role removal. A failure that may have applied, or a refusal that came after an earlier attempt may have
    /// applied, is checked against the role's list (<paramref name="holders"/>): a user no longer there was removed by
    /// that attempt, the removal's success.
    /// </summary>
    private async Task SendRoleRemovalAsync(ApiRequest request, string username, Func<CancellationToken, Task<IReadOnlyList<string>>> holders, CancellationToken cancellationToken)
    {
        try
        {
            await SendRoleChangeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException uncertain) when (uncertain.MayHaveApplied || uncertain.EarlierAttemptMayHaveApplied && uncertain.StatusCode is 400 or 403)
        {
            var gone = await GoneIfNotListed(holders)(new[] { (username, uncertain.ErrorDescription) }, cancellationToken).ConfigureAwait(false);
            if (gone.Count == 0) throw;
            _tracer.Resolution(uncertain, "no longer listed: it was carried out");
        }
    }

    /// <summary>
    /// Of the users a removal refused (each with the server's reason) after an earlier attempt of the call may have
    /// applied, those that attempt removed. Decided from the vendor's answer or state, never from words of a message.
    /// </summary>
    private delegate Task<ISet<string>> GoneCheck(IReadOnlyList<(string User, string? Reason)> refused, CancellationToken cancellationToken);

    /// <summary>Gone when <paramref name="list"/>, read once, no longer holds the user. A failed read leaves every refusal standing.</summary>
    private static GoneCheck GoneIfNotListed(Func<CancellationToken, Task<IEnumerable<string>>> list) => async (refused, cancellationToken) =>
    {
        IEnumerable<string> listed;
        try
        {
            listed = await list(cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException)
        {
            return Users(Array.Empty<string>());
        }
        var still = new HashSet<string>(listed, EmApiLimits.UsernameComparer);
        return Users(refused.Select(r => r.User).Where(user => !still.Contains(user)));
    };

    private static GoneCheck GoneIfNotListed(Func<CancellationToken, Task<IReadOnlyList<string>>> list) =>
        GoneIfNotListed(async ct => (IEnumerable<string>)await list(ct).ConfigureAwait(false));

    private static ISet<string> Users(IEnumerable<string> users) => new HashSet<string>(users, EmApiLimits.UsernameComparer);

    /// <summary>A per-user call whose answer is one <c>{result, reason?, user}</c> entry per user (one object for one user).</summary>
    /// <param name="gone">For a removal: which refused users an earlier, uncertain attempt removed (see <see cref="GoneCheck"/>).</param>
    private Task<IReadOnlyList<ItemOutcome<bool>>> SendUserListAsync(string id, IReadOnlyList<string> usernames, Func<IReadOnlyList<string>, ApiRequest> requestFor,
        GoneCheck? gone, CancellationToken cancellationToken) =>
        SendUserBatchAsync<bool>(id, usernames, async (batch, outcomes, ct) =>
        {
            var request = requestFor(batch);
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomUserOutcomeDto, ct).ConfigureAwait(false);
            var refused = new List<(string User, string? Reason)>();
            foreach (var entry in answer.Data ?? new List<ChatroomUserOutcomeDto>())
            {
                if (string.IsNullOrEmpty(entry.User)) continue;
                if (entry.Result == false) refused.Add((entry.User!, entry.Reason));
                else outcomes.Succeed(entry.User!, true);
            }
            var removed = gone is not null && request.AnsweredAfterUncertainAttempt && refused.Count > 0
                ? await gone(refused, ct).ConfigureAwait(false)
                : Users(Array.Empty<string>());
            foreach (var (user, reason) in refused)
            {
                if (removed.Contains(user)) outcomes.Succeed(user, true);
                else outcomes.Fail(user, UserRefused(request, user, reason));
            }
            outcomes.FailUnreported(batch, user => UserRefused(request, user, $"the answer does not report user {user}"));
        }, gone, cancellationToken, goneResult: true);

    /// <summary>Sends one batch and records, in the outcomes, what its answer says of each user.</summary>
    private delegate Task SendBatch<T>(IReadOnlyList<string> batch, UserOutcomes<T> outcomes, CancellationToken cancellationToken);

    /// <summary>
    /// Sends 1 to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users of chatroom <paramref name="id"/> and answers one outcome per user given, in order. When the
    /// server refuses the whole batch, what it says decides: a refusal naming the chatroom (it does not exist) is every
    /// user's; one of the documented forms naming users fails those users and the rest are sent again; anything else
    /// splits the batch in halves, sent again, so that each user's own answer decides and no user fails for another.
    /// </summary>
    /// <param name="gone">For a removal: a refused user that an earlier, uncertain attempt removed is a success.</param>
    /// <param name="goneResult">The result of a user <paramref name="gone"/> finds removed.</param>
    private async Task<IReadOnlyList<ItemOutcome<T>>> SendUserBatchAsync<T>(string id, IReadOnlyList<string> usernames, SendBatch<T> send, GoneCheck? gone,
        CancellationToken cancellationToken, T goneResult = default!)
    {
        BatchGuard.RequireNames(usernames, EmApiLimits.MaxUsersPerChatroomBatch, "user names", nameof(usernames));
        var outcomes = new UserOutcomes<T>();
        await SendUntilAnsweredAsync(id, usernames.Distinct(EmApiLimits.UsernameComparer).ToList(), send, gone, goneResult, outcomes, cancellationToken).ConfigureAwait(false);
        return outcomes.For(usernames);
    }

    private async Task SendUntilAnsweredAsync<T>(string id, List<string> pending, SendBatch<T> send, GoneCheck? gone, T goneResult, UserOutcomes<T> outcomes,
        CancellationToken cancellationToken)
    {
        while (pending.Count > 0)
        {
            try
            {
                await send(pending, outcomes, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (EasemobApiException uncertain) when (gone is not null && uncertain.MayHaveApplied)
            {
                // Retries are spent and the last attempt may have applied: the list says which users it removed.
                var removed = await gone(pending.Select(user => (user, uncertain.ErrorDescription)).ToArray(), cancellationToken).ConfigureAwait(false);
                foreach (var user in pending)
                {
                    if (removed.Contains(user)) outcomes.Succeed(user, goneResult);
                    else outcomes.Fail(user, uncertain);
                }
                return;
            }
            catch (EasemobApiException refused) when (refused.StatusCode is 400 or 403 or 404)
            {
                IReadOnlyList<string> judged;
                if (pending.Count == 1 || VendorMessages.ChatroomNamed(refused.ErrorDescription) == id)
                {
                    judged = pending.ToArray();
                }
                else
                {
                    var named = VendorMessages.UsersNamed(refused.ErrorDescription)?.Users ?? Array.Empty<string>();
                    judged = pending.Where(user => named.Contains(user, EmApiLimits.UsernameComparer)).ToArray();
                    if (judged.Count == 0)
                    {
                        var half = pending.Count / 2;
                        await Task.WhenAll(
                            SendUntilAnsweredAsync(id, pending.Take(half).ToList(), send, gone, goneResult, outcomes, cancellationToken),
                            SendUntilAnsweredAsync(id, pending.Skip(half).ToList(), send, gone, goneResult, outcomes, cancellationToken)).ConfigureAwait(false);
                        return;
                    }
                }
                var removed = gone is not null && refused.EarlierAttemptMayHaveApplied
                    ? await gone(judged.Select(user => (user, refused.ErrorDescription)).ToArray(), cancellationToken).ConfigureAwait(false)
                    : Users(Array.Empty<string>());
                foreach (var user in judged)
                {
                    if (removed.Contains(user)) outcomes.Succeed(user, goneResult);
                    else outcomes.Fail(user, refused);
                }
                pending.RemoveAll(user => judged.Contains(user, EmApiLimits.UsernameComparer));
            }
        }
    }

    /// <summary>
    /// A user's failure inside a 200 answer, as the same forbidden_op the server sends when it refuses a whole call,
    /// so scripts match one error id either way.
    /// </summary>
    private static EasemobApiException UserRefused(ApiRequest request, string user, string? reason) =>
        new(400, EmErrorCodes.ForbiddenOp, string.IsNullOrEmpty(reason) ? $"the server refused user {user}" : reason, request.Method.Method, request.Uri.AbsoluteUri);

    /// <summary>Each user's outcome as a batch's answers arrive (halves of a split batch answer at once), keyed as the service compares names.</summary>
    private sealed class UserOutcomes<T>
    {
        private readonly Dictionary<string, ItemOutcome<T>> _byUser = new(EmApiLimits.UsernameComparer);

        public void Succeed(string user, T result)
        {
            lock (_byUser) _byUser[user] = ItemOutcome<T>.Success(result);
        }

        /// <summary>Records a failure, unless the user already succeeded.</summary>
        public void Fail(string user, EasemobApiException error)
        {
            lock (_byUser)
            {
                if (!_byUser.TryGetValue(user, out var outcome) || !outcome.Succeeded) _byUser[user] = ItemOutcome<T>.Failure(error);
            }
        }

        /// <summary>Fails each user of <paramref name="batch"/> the answer did not report.</summary>
        public void FailUnreported(IReadOnlyList<string> batch, Func<string, EasemobApiException> error)
        {
            lock (_byUser)
            {
                foreach (var user in batch.Where(u => !_byUser.ContainsKey(u))) _byUser[user] = ItemOutcome<T>.Failure(error(user));
            }
        }

        public IReadOnlyList<ItemOutcome<T>> For(IReadOnlyList<string> users) => users.Select(user => _byUser[user]).ToArray();
    }
}
