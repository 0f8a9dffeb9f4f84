using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// The chatroom membership and moderation calls: members (add, remove), admins, super admins, mutes and
/// mute-all, allowlist and blocklist, in the vendor's answer shapes (per-user arrays for batches).
/// </summary>
internal sealed class ChatroomModerationEndpoints : IEndpoints
{
    private const int DefaultSuperAdminPageSize = 10;
    private const int MaxPageSize = EmApiLimits.MaxChatroomPageSize;

    private readonly EmulatorStore _store;

    public ChatroomModerationEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("GET", "chatrooms/super_admin", EmApiFamily.ChatroomItem, SuperAdmins),
        new Route("POST", "chatrooms/super_admin", EmApiFamily.ChatroomItem, AddSuperAdmin),
        new Route("DELETE", "chatrooms/super_admin/{user}", EmApiFamily.ChatroomItem, RemoveSuperAdmin),
        new Route("POST", "chatrooms/{id}/users", EmApiFamily.ChatroomItem, AddMembers),
        new Route("POST", "chatrooms/{id}/users/{user}", EmApiFamily.ChatroomItem, AddMember),
        new Route("DELETE", "chatrooms/{id}/users/{users}", EmApiFamily.ChatroomItem, RemoveMembers),
        new Route("GET", "chatrooms/{id}/admin", EmApiFamily.ChatroomItem, Admins),
        new Route("POST", "chatrooms/{id}/admin", EmApiFamily.ChatroomItem, AddAdmin),
        new Route("DELETE", "chatrooms/{id}/admin/{user}", EmApiFamily.ChatroomItem, RemoveAdmin),
        new Route("GET", "chatrooms/{id}/mute", EmApiFamily.ChatroomItem, Mutes),
        new Route("POST", "chatrooms/{id}/mute", EmApiFamily.ChatroomItem, Mute),
        new Route("DELETE", "chatrooms/{id}/mute/{users}", EmApiFamily.ChatroomItem, Unmute),
        new Route("POST", "chatrooms/{id}/ban", EmApiFamily.ChatroomItem, MuteAll),
        new Route("DELETE", "chatrooms/{id}/ban", EmApiFamily.ChatroomItem, UnmuteAll),
        new Route("GET", "chatrooms/{id}/white/users", EmApiFamily.ChatroomItem, AllowedUsers),
        new Route("POST", "chatrooms/{id}/white/users", EmApiFamily.ChatroomItem, AllowUsers),
        new Route("POST", "chatrooms/{id}/white/users/{user}", EmApiFamily.ChatroomItem, AllowUser),
        new Route("DELETE", "chatrooms/{id}/white/users/{users}", EmApiFamily.ChatroomItem, DisallowUsers),
        new Route("GET", "chatrooms/{id}/blocks/users", EmApiFamily.ChatroomItem, BlockedUsers),
        new Route("POST", "chatrooms/{id}/blocks/users", EmApiFamily.ChatroomItem, BlockUsers),
        new Route("POST", "chatrooms/{id}/blocks/users/{user}", EmApiFamily.ChatroomItem, BlockUser),
        new Route("DELETE", "chatrooms/{id}/blocks/users/{users}", EmApiFamily.ChatroomItem, UnblockUsers),
    };

    /// <summary>POST /chatrooms/{id}/users {usernames}: answers the users now members as newmembers.</summary>
    public EmulatorHttpResponse AddMembers(RequestContext context)
    {
        var usernames = UsernamesOf(context.Body(), "usernames", EmApiLimits.MaxUsersPerChatroomAddOrMuteCall, "addMembers: addMembers number more than maxSize");
        var added = _store.AddChatroomMembers(context.Variable("id"), usernames);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("newmembers");
            foreach (var user in added)
            {
                w.WriteStringValue(user);
            }

            w.WriteEndArray();
            w.WriteString("action", "add_member");
            w.WriteString("id", context.Variable("id"));
            w.WriteEndObject();
        });
    }

    /// <summary>POST /chatrooms/{id}/users/{username}: one user; already a member is a success (the newest pages).</summary>
    public EmulatorHttpResponse AddMember(RequestContext context)
    {
        var user = context.Variable("user");
        var added = _store.AddChatroomMembers(context.Variable("id"), new[] { user });
        if (added.Count == 0)
        {
            throw new EmulatorApiException(ApiError.ForbiddenOperation($"can not join this group, reason:user {user} is blocked or the group is full!"));
        }

        return context.Ok(w => WriteOutcome(w, new EmulatorStore.UserOutcome(added[0], null), "add_member", "id", context.Variable("id")));
    }

    /// <summary>
    /// DELETE /chatrooms/{id}/users/{u1,u2}: several users answer a per-user array; one user answers one object,
    /// or 400 when not a member.
    /// </summary>
    public EmulatorHttpResponse RemoveMembers(RequestContext context)
    {
        var usernames = PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch, "kickMember: kickMembers number more than maxSize");
        var outcomes = _store.RemoveChatroomMembers(context.Variable("id"), usernames);
        if (usernames.Count == 1 && outcomes[0].Reason != null)
        {
            throw new EmulatorApiException(ApiError.NotMembers(new[] { outcomes[0].User }));
        }

        return AnswerOutcomes(context, usernames.Count, outcomes, "remove_member", "id");
    }

    /// <summary>GET /chatrooms/{id}/admin.</summary>
    public EmulatorHttpResponse Admins(RequestContext context)
    {
        var admins = _store.ChatroomAdmins(context.Variable("id"));
        return context.Ok(w => WriteStrings(w, admins), count: admins.Count);
    }

    /// <summary>POST /chatrooms/{id}/admin {newadmin}.</summary>
    public EmulatorHttpResponse AddAdmin(RequestContext context)
    {
        var admin = context.Body().String("newadmin");
        if (string.IsNullOrEmpty(admin))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("newadmin must be provided"));
        }

        _store.AddChatroomAdmin(context.Variable("id"), admin!);
        return context.Ok(w => WriteResult(w, "newadmin", admin!.ToLowerInvariant()));
    }

    /// <summary>DELETE /chatrooms/{id}/admin/{oldadmin}.</summary>
    public EmulatorHttpResponse RemoveAdmin(RequestContext context)
    {
        var admin = context.Variable("user");
        _store.RemoveChatroomAdmin(context.Variable("id"), admin);
        return context.Ok(w => WriteResult(w, "oldadmin", admin.ToLowerInvariant()));
    }

    /// <summary>GET /chatrooms/{id}/mute: [{expire, user}], no count.</summary>
    public EmulatorHttpResponse Mutes(RequestContext context)
    {
        var mutes = _store.ChatroomMutes(context.Variable("id"));
        return context.Ok(w => WriteMutes(w, mutes));
    }

    /// <summary>A mute list: [{expire, user}] (groups answer alike).</summary>
    internal static void WriteMutes(Utf8JsonWriter w, IEnumerable<(string User, long Expire)> mutes)
    {
        w.WriteStartArray();
        foreach (var (user, expire) in mutes)
        {
            w.WriteStartObject();
            w.WriteNumber("expire", expire);
            w.WriteString("user", user);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>POST /chatrooms/{id}/mute {usernames, mute_duration}: milliseconds, -1 permanent, 0 lifts.</summary>
    public EmulatorHttpResponse Mute(RequestContext context)
    {
        var body = context.Body();
        var usernames = UsernamesOf(body, "usernames", EmApiLimits.MaxUsersPerChatroomAddOrMuteCall, "userNames size is more than max limit");
        var duration = body.Integer("mute_duration") ?? throw new EmulatorApiException(ApiError.InvalidParameter("mute_duration must be provided"));
        if (duration < -1)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("mute_duration must be -1, 0 or a positive number of milliseconds"));
        }

        var muted = _store.MuteChatroomMembers(context.Variable("id"), usernames, duration);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var (user, expire) in muted)
            {
                w.WriteStartObject();
                w.WriteBoolean("result", true);
                w.WriteNumber("expire", expire);
                w.WriteString("user", user);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>DELETE /chatrooms/{id}/mute/{u1,u2}: [{result, user}], even for one user.</summary>
    public EmulatorHttpResponse Unmute(RequestContext context)
    {
        var usernames = PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch, "removeMute member size more than max limit :");
        var lifted = _store.UnmuteChatroomMembers(context.Variable("id"), usernames);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var user in lifted)
            {
                w.WriteStartObject();
                w.WriteBoolean("result", true);
                w.WriteString("user", user);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>POST /chatrooms/{id}/ban: mute everyone but the allowlist.</summary>
    public EmulatorHttpResponse MuteAll(RequestContext context) => SetMuteAll(context, true);

    /// <summary>DELETE /chatrooms/{id}/ban.</summary>
    public EmulatorHttpResponse UnmuteAll(RequestContext context) => SetMuteAll(context, false);

    /// <summary>GET /chatrooms/{id}/white/users.</summary>
    public EmulatorHttpResponse AllowedUsers(RequestContext context)
    {
        var allowed = _store.ChatroomAllowedUsers(context.Variable("id"));
        return context.Ok(w => WriteStrings(w, allowed), count: allowed.Count);
    }

    /// <summary>POST /chatrooms/{id}/white/users {usernames}: a per-user array.</summary>
    public EmulatorHttpResponse AllowUsers(RequestContext context)
    {
        var usernames = UsernamesOf(context.Body(), "usernames", EmApiLimits.MaxUsersPerChatroomBatch, "usernames size is more than max limit");
        var allowed = _store.AllowChatroomUsers(context.Variable("id"), usernames);
        return AnswerOutcomes(context, 2, allowed.Select(u => new EmulatorStore.UserOutcome(u, null)).ToArray(), "add_user_whitelist", "chatroomid");
    }

    /// <summary>POST /chatrooms/{id}/white/users/{username}: one object.</summary>
    public EmulatorHttpResponse AllowUser(RequestContext context)
    {
        var allowed = _store.AllowChatroomUsers(context.Variable("id"), new[] { context.Variable("user") });
        return AnswerOutcomes(context, 1, new[] { new EmulatorStore.UserOutcome(allowed[0], null) }, "add_user_whitelist", "chatroomid");
    }

    /// <summary>DELETE /chatrooms/{id}/white/users/{u1,u2}.</summary>
    public EmulatorHttpResponse DisallowUsers(RequestContext context)
    {
        var usernames = PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch, "removeWhitelist size is more than max limit");
        return AnswerOutcomes(context, usernames.Count, _store.DisallowChatroomUsers(context.Variable("id"), usernames), "remove_user_whitelist", "chatroomid");
    }

    /// <summary>GET /chatrooms/{id}/blocks/users.</summary>
    public EmulatorHttpResponse BlockedUsers(RequestContext context)
    {
        var blocked = _store.ChatroomBlockedUsers(context.Variable("id"));
        return context.Ok(w => WriteStrings(w, blocked), count: blocked.Count);
    }

    /// <summary>POST /chatrooms/{id}/blocks/users {usernames}: a per-user array with a reason on failure.</summary>
    public EmulatorHttpResponse BlockUsers(RequestContext context)
    {
        var usernames = UsernamesOf(context.Body(), "usernames", EmApiLimits.MaxUsersPerChatroomBatch, "userNames is more than max limit");
        return AnswerOutcomes(context, 2, _store.BlockChatroomUsers(context.Variable("id"), usernames), "add_blocks", "chatroomid");
    }

    /// <summary>POST /chatrooms/{id}/blocks/users/{username}: one object.</summary>
    public EmulatorHttpResponse BlockUser(RequestContext context)
    {
        var outcomes = _store.BlockChatroomUsers(context.Variable("id"), new[] { context.Variable("user") });
        return AnswerOutcomes(context, 1, outcomes, "add_blocks", "chatroomid");
    }

    /// <summary>DELETE /chatrooms/{id}/blocks/users/{u1,u2}.</summary>
    public EmulatorHttpResponse UnblockUsers(RequestContext context)
    {
        var usernames = PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch, "removeBlacklist: list size more than max limit");
        return AnswerOutcomes(context, usernames.Count, _store.UnblockChatroomUsers(context.Variable("id"), usernames), "remove_blocks", "chatroomid");
    }

    /// <summary>GET /chatrooms/super_admin?pagenum&amp;pagesize (default 10).</summary>
    public EmulatorHttpResponse SuperAdmins(RequestContext context)
    {
        var pageNumber = context.Query.PagingNumber("pagenum", 1, 1, int.MaxValue, capAtMax: false);
        var pageSize = context.Query.PagingNumber("pagesize", DefaultSuperAdminPageSize, 1, MaxPageSize, capAtMax: true);
        var page = _store.ChatroomSuperAdmins.Skip(Paging.Offset(pageNumber, pageSize)).Take(pageSize).ToArray();
        return context.Ok(w => WriteStrings(w, page), count: page.Length, echoParams: true);
    }

    /// <summary>POST /chatrooms/super_admin {superadmin}.</summary>
    public EmulatorHttpResponse AddSuperAdmin(RequestContext context)
    {
        var user = context.Body().String("superadmin");
        if (string.IsNullOrEmpty(user))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("superadmin must be provided"));
        }

        _store.AddChatroomSuperAdmin(user!);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("result", "success");
            w.WriteString("resource", "");
            w.WriteEndObject();
        });
    }

    /// <summary>DELETE /chatrooms/super_admin/{username}: the removed user comes back as newSuperAdmin.</summary>
    public EmulatorHttpResponse RemoveSuperAdmin(RequestContext context)
    {
        _store.RemoveChatroomSuperAdmin(context.Variable("user"));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("newSuperAdmin", context.Variable("user").ToLowerInvariant());
            w.WriteString("resource", "");
            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse SetMuteAll(RequestContext context, bool muted)
    {
        _store.SetChatroomMuteAll(context.Variable("id"), muted);
        return AnswerFlag(context, "mute", muted);
    }

    /// <summary>An answer whose data is one Boolean field: the state a switch call set (mute-all; a group's disabled).</summary>
    internal static EmulatorHttpResponse AnswerFlag(RequestContext context, string field, bool value) =>
        context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean(field, value);
            w.WriteEndObject();
        });

    /// <summary>A body's user list: required, non-empty, at most <paramref name="limit"/>.</summary>
    internal static IReadOnlyList<string> UsernamesOf(RequestBody body, string field, int limit, string tooMany)
    {
        var usernames = body.StringArray(field);
        if (usernames == null || usernames.Count == 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter($"{field} must be provided"));
        }

        return usernames.Count > limit ? throw new EmulatorApiException(ApiError.BatchTooLarge(tooMany, limit)) : usernames;
    }

    /// <summary>The comma-separated user names of the last path segment, at most <paramref name="limit"/>.</summary>
    internal static IReadOnlyList<string> PathUsernames(RequestContext context, int limit, string tooMany)
    {
        var usernames = ChatroomEndpoints.IdSeparator.Split(context.RawVariable("users"))
            .Select(Uri.UnescapeDataString).Where(u => u.Length > 0).ToArray();
        return usernames.Length > limit ? throw new EmulatorApiException(ApiError.BatchTooLarge(tooMany, limit)) : usernames;
    }

    /// <summary>One object when one user was named in the path, else a per-user array.</summary>
    internal static EmulatorHttpResponse AnswerOutcomes(RequestContext context, int named, IReadOnlyList<EmulatorStore.UserOutcome> outcomes, string action, string idField)
    {
        return context.Ok(w =>
        {
            if (named == 1)
            {
                WriteOutcome(w, outcomes[0], action, idField, context.Variable("id"));
                return;
            }

            w.WriteStartArray();
            foreach (var outcome in outcomes)
            {
                WriteOutcome(w, outcome, action, idField, context.Variable("id"));
            }

            w.WriteEndArray();
        });
    }

    private static void WriteOutcome(Utf8JsonWriter w, EmulatorStore.UserOutcome outcome, string action, string idField, string chatroomId)
    {
        w.WriteStartObject();
        w.WriteBoolean("result", outcome.Reason == null);
        w.WriteString("action", action);
        if (outcome.Reason != null)
        {
            w.WriteString("reason", outcome.Reason);
        }

        w.WriteString("user", outcome.User);
        w.WriteString(idField, chatroomId);
        w.WriteEndObject();
    }

    internal static void WriteResult(Utf8JsonWriter w, string field, string user)
    {
        w.WriteStartObject();
        w.WriteString("result", "success");
        w.WriteString(field, user);
        w.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter w, IEnumerable<string> values)
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
