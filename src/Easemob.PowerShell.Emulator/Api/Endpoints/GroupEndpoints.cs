using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;
using Moderation = Easemob.PowerShell.Emulator.Api.Endpoints.ChatroomModerationEndpoints;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// The group (群组) calls, with their routes, in the vendor's answer shapes: management, members and roles,
/// mutes, allow and block lists, announcement, shared files and member attributes. The per-user answer writers
/// are the chatroom ones: the two families answer alike there.
/// </summary>
internal sealed class GroupEndpoints : IEndpoints
{
    private const int DefaultListLimit = 10;
    private const int DefaultUserGroupsPageSize = 5;

    /// <summary>The fields a modify accepts; anything else is refused as the service does.</summary>
    private static readonly string[] ModifiableFields =
        { "groupname", "avatar", "description", "maxusers", "membersonly", "allowinvites", "invite_need_confirm", "custom", "public" };

    private readonly EmulatorGroupStore _groups;
    private readonly string _appKey;

    public GroupEndpoints(EmulatorGroupStore groups, string appKey)
    {
        _groups = groups;
        _appKey = appKey;
    }

    public IEnumerable<Route> Routes
    {
        get
        {
            const EmApiFamily item = EmApiFamily.GroupItem;
            return new[]
            {
                new Route("GET", "chatgroups", EmApiFamily.GroupCollection, List),
                new Route("POST", "chatgroups", EmApiFamily.GroupCollection, Create),
                new Route("GET", "chatgroups/user/{user}", EmApiFamily.UserGroups, UserGroups),
                new Route("GET", "chatgroups/{ids}", item, Details),
                new Route("PUT", "chatgroups/{id}", item, ModifyOrTransfer),
                new Route("DELETE", "chatgroups/{id}", item, Delete),
                new Route("POST", "chatgroups/{id}/disable", item, c => SetDisabled(c, true)),
                new Route("POST", "chatgroups/{id}/enable", item, c => SetDisabled(c, false)),
                new Route("GET", "chatgroups/{id}/user/{user}/is_joined", item, IsJoined),
                new Route("GET", "chatgroups/{id}/users", item, Members),
                new Route("POST", "chatgroups/{id}/users", item, AddMembers),
                new Route("POST", "chatgroups/{id}/users/{user}", item, AddMember),
                new Route("DELETE", "chatgroups/{id}/users/{users}", item, RemoveMembers),
                new Route("GET", "chatgroups/{id}/admin", item, Admins),
                new Route("POST", "chatgroups/{id}/admin", item, AddAdmin),
                new Route("DELETE", "chatgroups/{id}/admin/{user}", item, RemoveAdmin),
                new Route("GET", "chatgroups/{id}/mute", item, Mutes),
                new Route("POST", "chatgroups/{id}/mute", item, Mute),
                new Route("DELETE", "chatgroups/{id}/mute/{users}", item, Unmute),
                new Route("POST", "chatgroups/{id}/ban", item, c => SetMuteAll(c, true)),
                new Route("DELETE", "chatgroups/{id}/ban", item, c => SetMuteAll(c, false)),
                new Route("GET", "chatgroups/{id}/white/users", item, c => UserList(c, blocked: false)),
                new Route("POST", "chatgroups/{id}/white/users", item, c => AddToList(c, blocked: false, fromPath: false)),
                new Route("POST", "chatgroups/{id}/white/users/{user}", item, c => AddToList(c, blocked: false, fromPath: true)),
                new Route("DELETE", "chatgroups/{id}/white/users/{users}", item, c => RemoveFromList(c, blocked: false)),
                new Route("GET", "chatgroups/{id}/blocks/users", item, c => UserList(c, blocked: true)),
                new Route("POST", "chatgroups/{id}/blocks/users", item, c => AddToList(c, blocked: true, fromPath: false)),
                new Route("POST", "chatgroups/{id}/blocks/users/{user}", item, c => AddToList(c, blocked: true, fromPath: true)),
                new Route("DELETE", "chatgroups/{id}/blocks/users/{users}", item, c => RemoveFromList(c, blocked: true)),
                new Route("GET", "chatgroups/{id}/announcement", item, GetAnnouncement),
                new Route("POST", "chatgroups/{id}/announcement", item, SetAnnouncement),
                new Route("GET", "chatgroups/{id}/share_files", item, Files),
                new Route("DELETE", "chatgroups/{id}/share_files/{file}", item, RemoveFile),
                new Route("PUT", "metadata/chatgroup/{id}/users/batch", EmApiFamily.GroupMemberAttribute, SetAttributesBatch),
                new Route("PUT", "metadata/chatgroup/{id}/user/{user}", EmApiFamily.GroupMemberAttribute, SetAttributes),
                new Route("GET", "metadata/chatgroup/{id}/user/{user}", EmApiFamily.GroupMemberAttribute, GetAttributes),
                new Route("POST", "metadata/chatgroup/{id}/get", EmApiFamily.GroupMemberAttribute, QueryAttributes),
            };
        }
    }

    // ---- Management ----

    /// <summary>GET /chatgroups?limit&amp;cursor: oldest first; the owner as "org#app_user", the member count as "affiliations".</summary>
    private EmulatorHttpResponse List(RequestContext context)
    {
        var limit = context.Query.PagingNumber("limit", DefaultListLimit, 1, EmApiLimits.MaxGroupPageSize, capAtMax: true);
        var cursor = context.Query.First("cursor");
        var page = _groups.ListAfter(string.IsNullOrEmpty(cursor) ? 0 : ListCursor.Groups.Decode(cursor!), limit, out var more);
        var next = more ? ListCursor.Groups.Encode(long.Parse(page[page.Count - 1].Id, CultureInfo.InvariantCulture)) : null;
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var group in page)
            {
                w.WriteStartObject();
                w.WriteString("owner", _appKey + "_" + group.Owner);
                w.WriteString("groupid", group.Id);
                w.WriteNumber("affiliations", group.AffiliationsCount);
                w.WriteString("type", "group");
                w.WriteString("lastModified", group.LastModified.ToString(CultureInfo.InvariantCulture));
                w.WriteString("groupname", group.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }, count: page.Count, echoParams: true, cursor: next);
    }

    /// <summary>POST /chatgroups: public and owner required; a public group never starts with allowinvites.</summary>
    private EmulatorHttpResponse Create(RequestContext context)
    {
        var body = context.Body();
        var isPublic = body.Boolean("public") ?? throw new EmulatorApiException(ApiError.InvalidParameter("group must contain public field!"));
        var owner = body.String("owner");
        if (string.IsNullOrEmpty(owner))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("owner must be provided"));
        }

        var draft = new GroupRecord
        {
            Owner = EmApiLimits.NormalizeUsername(owner!),
            Public = isPublic,
            MaxUsers = EmApiLimits.DefaultGroupMaxUsers,
            InviteNeedConfirm = true,
        };
        ApplySettings(body, draft);
        // The create page: allowinvites applies to private groups only.
        draft.AllowInvites = !isPublic && (body.Boolean("allowinvites") ?? false);
        var members = (body.StringArray("members") ?? Array.Empty<string>()).Select(EmApiLimits.NormalizeUsername).Where(m => m != draft.Owner).Distinct().ToList();
        if (members.Count + 1 > draft.MaxUsers)
        {
            throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
        }

        draft.Members = members;
        var id = _groups.Create(draft);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("groupid", id);
            w.WriteEndObject();
        });
    }

    /// <summary>GET /chatgroups/user/{u}?pagenum&amp;pagesize: in "entities", newest first, with "total"; pages of 1 to 20.</summary>
    private EmulatorHttpResponse UserGroups(RequestContext context)
    {
        // The page says pages count from 0 by default: 0 and 1 are both the first page.
        var pageNumber = Math.Max(1, context.Query.PagingNumber("pagenum", 1, 0, int.MaxValue, capAtMax: false));
        var pageSize = context.Query.PagingNumber("pagesize", DefaultUserGroupsPageSize, 1, EmApiLimits.MaxUserGroupsPageSize, capAtMax: true);
        var page = _groups.OfUser(context.Variable("user"), Paging.Offset(pageNumber, pageSize), pageSize, out var total);
        var body = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("action", "get");
            w.WriteString("applicationName", context.App.Name);
            w.WriteNumber("duration", context.Request.ElapsedMilliseconds);
            w.WriteStartArray("entities");
            foreach (var group in page)
            {
                w.WriteStartObject();
                w.WriteString("name", group.Name);
                w.WriteString("avatar", group.Avatar);
                w.WriteString("owner", group.Owner);
                w.WriteString("id", group.Id);
                w.WriteString("groupId", group.Id);
                w.WriteString("description", group.Description);
                w.WriteBoolean("disabled", group.Disabled);
                w.WriteBoolean("public", group.Public);
                w.WriteBoolean("allowinvites", group.AllowInvites);
                w.WriteBoolean("membersonly", group.MembersOnly);
                w.WriteNumber("maxusers", group.MaxUsers);
                w.WriteNumber("created", group.Created);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("organization", context.App.Organization);
            w.WriteNumber("timestamp", context.Clock.NowMilliseconds());
            w.WriteNumber("total", total);
            w.WriteString("uri", "http://" + context.Request.Host + context.Request.Path);
            w.WriteEndObject();
        });
        return new EmulatorHttpResponse(200, body);
    }

    /// <summary>GET /chatgroups/{id1,id2}: every detail, members as affiliations, owner last (as the page shows).</summary>
    private EmulatorHttpResponse Details(RequestContext context)
    {
        var ids = ChatroomEndpoints.IdSeparator.Split(context.RawVariable("ids")).Select(Uri.UnescapeDataString).Where(i => i.Length > 0).ToArray();
        var found = _groups.Details(ids);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var group in found)
            {
                w.WriteStartObject();
                w.WriteString("id", group.Id);
                w.WriteString("name", group.Name);
                w.WriteString("avatar", group.Avatar);
                w.WriteString("description", group.Description);
                w.WriteBoolean("membersonly", group.MembersOnly);
                w.WriteBoolean("allowinvites", group.AllowInvites);
                w.WriteBoolean("invite_need_confirm", group.InviteNeedConfirm);
                w.WriteNumber("maxusers", group.MaxUsers);
                w.WriteString("owner", group.Owner);
                w.WriteNumber("created", group.Created);
                w.WriteString("custom", group.Custom);
                w.WriteBoolean("mute", group.MuteAll);
                w.WriteNumber("affiliations_count", group.AffiliationsCount);
                w.WriteBoolean("disabled", group.Disabled);
                w.WriteStartArray("affiliations");
                foreach (var member in group.Members)
                {
                    WriteAffiliation(w, "member", member);
                }

                WriteAffiliation(w, "owner", group.Owner);
                w.WriteEndArray();
                w.WriteBoolean("public", group.Public);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }, count: found.Count);
    }

    /// <summary>PUT /chatgroups/{id}: {newowner} transfers; otherwise the given settings change, each answered true.</summary>
    private EmulatorHttpResponse ModifyOrTransfer(RequestContext context)
    {
        var body = context.Body();
        if (body.String("newowner") is { } newOwner)
        {
            _groups.TransferOwner(context.Variable("id"), newOwner);
            return context.Ok(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("newowner", true);
                w.WriteEndObject();
            });
        }

        var unknown = body.PropertyNames.Where(n => !ModifiableFields.Contains(n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter($"some of [{string.Join(", ", unknown)}] are not valid fields"));
        }

        var given = body.PropertyNames.ToArray();
        if (given.Length == 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("nothing to change was given"));
        }

        _groups.Modify(context.Variable("id"), group => ApplySettings(body, group));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            foreach (var field in given)
            {
                w.WriteBoolean(field, true);
            }

            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse Delete(RequestContext context)
    {
        _groups.Delete(context.Variable("id"));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("success", true);
            w.WriteString("groupid", context.Variable("id"));
            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse SetDisabled(RequestContext context, bool disabled)
    {
        _groups.SetDisabled(context.Variable("id"), disabled);
        return Moderation.AnswerFlag(context, "disabled", disabled);
    }

    /// <summary>GET /chatgroups/{id}/user/{u}/is_joined: data is a bare Boolean.</summary>
    private EmulatorHttpResponse IsJoined(RequestContext context)
    {
        var joined = _groups.IsMember(context.Variable("id"), context.Variable("user"));
        return context.Ok(w => w.WriteBooleanValue(joined));
    }

    // ---- Members and roles ----

    /// <summary>GET /chatgroups/{id}/users?pagenum&amp;pagesize: owner first; pages of 1 to 1000.</summary>
    private EmulatorHttpResponse Members(RequestContext context)
    {
        var pageNumber = context.Query.PagingNumber("pagenum", 1, 1, int.MaxValue, capAtMax: false);
        var pageSize = context.Query.PagingNumber("pagesize", EmApiLimits.MaxGroupPageSize, 1, EmApiLimits.MaxGroupPageSize, capAtMax: true);
        var page = _groups.Members(context.Variable("id"), Paging.Offset(pageNumber, pageSize), pageSize);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var (user, owner) in page)
            {
                WriteAffiliation(w, owner ? "owner" : "member", user);
            }

            w.WriteEndArray();
        }, count: page.Count, echoParams: true);
    }

    private EmulatorHttpResponse AddMembers(RequestContext context)
    {
        var usernames = Moderation.UsernamesOf(context.Body(), "usernames", EmApiLimits.MaxUsersPerChatroomBatch, "members size is greater than max limit");
        var added = _groups.AddMembers(context.Variable("id"), usernames);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("newmembers");
            foreach (var user in added)
            {
                w.WriteStringValue(user);
            }

            w.WriteEndArray();
            w.WriteString("groupid", context.Variable("id"));
            w.WriteString("action", "add_member");
            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse AddMember(RequestContext context)
    {
        var user = _groups.AddMembers(context.Variable("id"), new[] { context.Variable("user") })[0];
        return Moderation.AnswerOutcomes(context, 1, new[] { new EmulatorStore.UserOutcome(user, null) }, "add_member", "groupid");
    }

    /// <summary>DELETE /chatgroups/{id}/users/{u1,u2}: one user that cannot be removed is the call's 403.</summary>
    private EmulatorHttpResponse RemoveMembers(RequestContext context)
    {
        var usernames = Moderation.PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch, "kickMember: kickMembers number more than maxSize");
        var outcomes = _groups.RemoveMembers(context.Variable("id"), usernames);
        if (usernames.Count == 1 && outcomes[0].Reason != null)
        {
            throw new EmulatorApiException(ApiError.ForbiddenOperation(outcomes[0].Reason!.StartsWith("forbidden", StringComparison.Ordinal)
                ? outcomes[0].Reason!
                : $"users [{outcomes[0].User}] are not members of this group!"));
        }

        return Moderation.AnswerOutcomes(context, usernames.Count, outcomes, "remove_member", "groupid");
    }

    private EmulatorHttpResponse Admins(RequestContext context)
    {
        var admins = _groups.Admins(context.Variable("id"));
        return context.Ok(w => Moderation.WriteStrings(w, admins), count: admins.Count);
    }

    private EmulatorHttpResponse AddAdmin(RequestContext context)
    {
        var admin = context.Body().String("newadmin");
        if (string.IsNullOrEmpty(admin))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("newadmin must be provided"));
        }

        _groups.AddAdmin(context.Variable("id"), admin!);
        return context.Ok(w => Moderation.WriteResult(w, "newadmin", EmApiLimits.NormalizeUsername(admin!)));
    }

    private EmulatorHttpResponse RemoveAdmin(RequestContext context)
    {
        _groups.RemoveAdmin(context.Variable("id"), context.Variable("user"));
        return context.Ok(w => Moderation.WriteResult(w, "oldadmin", EmApiLimits.NormalizeUsername(context.Variable("user"))));
    }

    // ---- Mutes ----

    private EmulatorHttpResponse Mutes(RequestContext context)
    {
        var mutes = _groups.Mutes(context.Variable("id"));
        return context.Ok(w => Moderation.WriteMutes(w, mutes));
    }

    /// <summary>POST /chatgroups/{id}/mute {usernames, mute_duration}: milliseconds, -1 permanent.</summary>
    private EmulatorHttpResponse Mute(RequestContext context)
    {
        var body = context.Body();
        var usernames = Moderation.UsernamesOf(body, "usernames", EmApiLimits.MaxUsersPerChatroomBatch, "userNames size is more than max limit");
        var duration = body.Integer("mute_duration") ?? throw new EmulatorApiException(ApiError.InvalidParameter("mute_duration must be provided"));
        if (duration != -1 && (duration <= 0 || duration > EmApiLimits.MaxMuteSeconds * 1000))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("mute_duration must be -1 or a positive number of milliseconds"));
        }

        var outcomes = _groups.Mute(context.Variable("id"), usernames, duration);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var (user, expire, reason) in outcomes)
            {
                w.WriteStartObject();
                w.WriteBoolean("result", reason == null);
                if (reason != null)
                {
                    w.WriteString("reason", reason);
                }
                else
                {
                    w.WriteNumber("expire", expire);
                }

                w.WriteString("user", user);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private EmulatorHttpResponse Unmute(RequestContext context)
    {
        var usernames = Moderation.PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch, "removeMute member size more than max limit");
        var outcomes = _groups.Unmute(context.Variable("id"), usernames);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var outcome in outcomes)
            {
                w.WriteStartObject();
                w.WriteBoolean("result", true);
                w.WriteString("user", outcome.User);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private EmulatorHttpResponse SetMuteAll(RequestContext context, bool muted)
    {
        _groups.SetMuteAll(context.Variable("id"), muted);
        return Moderation.AnswerFlag(context, "mute", muted);
    }

    // ---- Allow and block lists ----

    private EmulatorHttpResponse UserList(RequestContext context, bool blocked)
    {
        var users = _groups.List(context.Variable("id"), blocked);
        return context.Ok(w => Moderation.WriteStrings(w, users), count: users.Count);
    }

    private EmulatorHttpResponse AddToList(RequestContext context, bool blocked, bool fromPath)
    {
        var usernames = fromPath
            ? new[] { context.Variable("user") }
            : Moderation.UsernamesOf(context.Body(), "usernames", EmApiLimits.MaxUsersPerChatroomBatch,
                blocked ? "userNames is more than max limit" : "usernames size is more than max limit");
        var outcomes = _groups.AddToList(context.Variable("id"), usernames, blocked);
        // A batch answers an array even for one user; the single-user path answers one object.
        return Moderation.AnswerOutcomes(context, fromPath ? 1 : 2, outcomes, blocked ? "add_blocks" : "add_user_whitelist", "groupid");
    }

    private EmulatorHttpResponse RemoveFromList(RequestContext context, bool blocked)
    {
        var usernames = Moderation.PathUsernames(context, EmApiLimits.MaxUsersPerChatroomBatch,
            blocked ? "removeBlacklist: list size more than max limit" : "removeWhitelist size is more than max limit");
        var outcomes = _groups.RemoveFromList(context.Variable("id"), usernames, blocked);
        return Moderation.AnswerOutcomes(context, usernames.Count, outcomes, blocked ? "remove_blocks" : "remove_user_whitelist", "groupid");
    }

    // ---- Announcement and files ----

    private EmulatorHttpResponse GetAnnouncement(RequestContext context)
    {
        var announcement = _groups.Announcement(context.Variable("id"));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("announcement", announcement);
            w.WriteEndObject();
        });
    }

    /// <summary>POST /chatgroups/{id}/announcement {announcement}: at most 512 characters.</summary>
    private EmulatorHttpResponse SetAnnouncement(RequestContext context)
    {
        var announcement = context.Body().String("announcement") ?? throw new EmulatorApiException(ApiError.IllegalArgument("announcement is null"));
        if (EmApiLimits.AnnouncementLength(announcement) > EmApiLimits.MaxAnnouncementLength)
        {
            throw new EmulatorApiException(ApiError.ForbiddenOperation("announce info length exceeds limit!"));
        }

        _groups.SetAnnouncement(context.Variable("id"), announcement);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", context.Variable("id"));
            w.WriteBoolean("result", true);
            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse Files(RequestContext context)
    {
        var pageNumber = context.Query.PagingNumber("pagenum", 1, 1, int.MaxValue, capAtMax: false);
        var pageSize = context.Query.PagingNumber("pagesize", EmApiLimits.MaxGroupPageSize, 1, EmApiLimits.MaxGroupPageSize, capAtMax: true);
        var files = _groups.Files(context.Variable("id"), Paging.Offset(pageNumber, pageSize), pageSize);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var file in files)
            {
                w.WriteStartObject();
                w.WriteString("file_id", file.FileId);
                w.WriteString("file_name", file.FileName);
                w.WriteString("file_owner", file.FileOwner);
                w.WriteNumber("file_size", file.FileSize);
                w.WriteNumber("created", file.Created);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }, echoParams: true);
    }

    private EmulatorHttpResponse RemoveFile(RequestContext context)
    {
        _groups.RemoveFile(context.Variable("id"), context.Variable("file"));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("group_id", context.Variable("id"));
            w.WriteString("file_id", context.Variable("file"));
            w.WriteBoolean("result", true);
            w.WriteEndObject();
        });
    }

    // ---- Member attributes (a short envelope: timestamp, data, duration) ----

    /// <summary>PUT /metadata/chatgroup/{id}/user/{u} {metaData}: answers the attributes set.</summary>
    private EmulatorHttpResponse SetAttributes(RequestContext context)
    {
        var pairs = context.Body().StringMap("metaData") ?? throw new EmulatorApiException(ApiError.GroupMetadata(400, "metaData must be provided"));
        var set = _groups.SetMemberAttributes(context.Variable("id"), new[] { (context.Variable("user"), pairs) });
        return MetadataAnswer(context, w => WritePairs(w, set[0].Set));
    }

    /// <summary>PUT /metadata/chatgroup/{id}/users/batch [{username, metadata}]: 1 to 20 members, all or none.</summary>
    private EmulatorHttpResponse SetAttributesBatch(RequestContext context)
    {
        var entries = context.BodyObjects(out var isArray);
        if (!isArray)
        {
            throw new EmulatorApiException(ApiError.GroupMetadata(400, "the body must be an array of {username, metadata}"));
        }

        if (entries.Count == 0 || entries.Count > EmApiLimits.MaxMembersPerAttributeSet)
        {
            throw new EmulatorApiException(ApiError.GroupMetadata(400, "exceeds chatgroup metadata batch put users limit"));
        }

        var changes = entries.Select(e => (
            e.String("username") is { Length: > 0 } user ? user : throw new EmulatorApiException(ApiError.GroupMetadata(400, "username must be provided")),
            e.StringMap("metadata") ?? throw new EmulatorApiException(ApiError.GroupMetadata(400, "metadata must be provided")))).ToArray();
        var set = _groups.SetMemberAttributes(context.Variable("id"), changes);
        return MetadataAnswer(context, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("updateMetadataFailed:");
            w.WriteEndArray();
            w.WriteStartArray("updateMetadataSucceeded:");
            foreach (var (user, pairs) in set)
            {
                w.WriteStartObject();
                w.WriteString("username", user);
                w.WritePropertyName("metadata");
                WritePairs(w, pairs);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse GetAttributes(RequestContext context)
    {
        var found = _groups.MemberAttributes(context.Variable("id"), new[] { context.Variable("user") }, Array.Empty<string>());
        return MetadataAnswer(context, w => WritePairs(w, found.Count == 0 ? Array.Empty<KeyValuePair<string, string>>() : found[0].Attributes));
    }

    /// <summary>POST /metadata/chatgroup/{id}/get {targets, properties}: 1 to 10 members.</summary>
    private EmulatorHttpResponse QueryAttributes(RequestContext context)
    {
        var body = context.Body();
        var targets = body.StringArray("targets");
        if (targets == null || targets.Count == 0)
        {
            throw new EmulatorApiException(ApiError.GroupMetadata(400, "targets must be provided"));
        }

        if (targets.Count > EmApiLimits.MaxMembersPerAttributeGet)
        {
            throw new EmulatorApiException(ApiError.GroupMetadata(400, "query param reaches limit."));
        }

        var found = _groups.MemberAttributes(context.Variable("id"), targets, body.StringArray("properties") ?? Array.Empty<string>());
        return MetadataAnswer(context, w =>
        {
            w.WriteStartObject();
            foreach (var (user, attributes) in found)
            {
                w.WritePropertyName(user);
                WritePairs(w, attributes);
            }

            w.WriteEndObject();
        });
    }

    // ---- Helpers ----

    /// <summary>Reads the settings create and modify share, with their documented limits (null: not sent).</summary>
    private static void ApplySettings(RequestBody body, GroupRecord group)
    {
        if (body.String("groupname") is { } name)
        {
            group.Name = EmApiLimits.CharacterCount(name) <= EmApiLimits.MaxGroupNameLength ? name
                : throw new EmulatorApiException(ApiError.InvalidParameter($"groupname length is too big, at most {EmApiLimits.MaxGroupNameLength}"));
        }

        if (body.String("description") is { } description)
        {
            group.Description = EmApiLimits.CharacterCount(description) <= EmApiLimits.MaxGroupDescriptionLength ? description
                : throw new EmulatorApiException(ApiError.InvalidParameter($"description length is too big, at most {EmApiLimits.MaxGroupDescriptionLength}"));
        }

        if (body.String("avatar") is { } avatar)
        {
            group.Avatar = EmApiLimits.CharacterCount(avatar) <= EmApiLimits.MaxGroupAvatarLength ? avatar
                : throw new EmulatorApiException(ApiError.InvalidParameter("avatar length is too big"));
        }

        if (body.String("custom") is { } custom)
        {
            group.Custom = EmApiLimits.CustomByteCount(custom) <= EmApiLimits.MaxGroupCustomBytes ? custom
                : throw new EmulatorApiException(ApiError.InvalidParameter("custom length is too big"));
        }

        if (body.Integer("maxusers") is { } maxUsers)
        {
            group.MaxUsers = maxUsers >= 1 && maxUsers <= int.MaxValue ? (int)maxUsers
                : throw new EmulatorApiException(ApiError.InvalidParameter("maxusers must be a positive number"));
        }

        group.Public = body.Boolean("public") ?? group.Public;
        group.MembersOnly = body.Boolean("membersonly") ?? group.MembersOnly;
        group.AllowInvites = body.Boolean("allowinvites") ?? group.AllowInvites;
        group.InviteNeedConfirm = body.Boolean("invite_need_confirm") ?? group.InviteNeedConfirm;
    }

    private static void WriteAffiliation(Utf8JsonWriter w, string role, string user)
    {
        w.WriteStartObject();
        w.WriteString(role, user);
        w.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        w.WriteStartObject();
        foreach (var pair in pairs)
        {
            w.WriteString(pair.Key, pair.Value);
        }

        w.WriteEndObject();
    }

    private static EmulatorHttpResponse MetadataAnswer(RequestContext context, Action<Utf8JsonWriter> writeData) =>
        new EmulatorHttpResponse(200, JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("timestamp", context.Clock.NowMilliseconds());
            w.WritePropertyName("data");
            writeData(w);
            w.WriteNumber("duration", context.Request.ElapsedMilliseconds);
            w.WriteEndObject();
        }));
}
