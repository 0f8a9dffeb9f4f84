using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>The chatroom calls: list, a user's joined chatrooms, details, create, modify/transfer, delete, members.</summary>
internal sealed class ChatroomEndpoints : IEndpoints
{
    private const int DefaultListLimit = 10;
    private const int MaxPageSize = EmApiLimits.MaxChatroomPageSize;
    private const int JoinedWithoutPaging = 500;

    private static readonly string[] ModifiableFields = { "name", "description", "maxusers" };

    /// <summary>The separators of a list in one path segment (chatroom ids, user names): a literal comma or an escaped one.</summary>
    internal static readonly Regex IdSeparator = new Regex(",|%2[cC]", RegexOptions.CultureInvariant);

    private readonly EmulatorStore _store;
    private readonly int? _maxChatrooms;
    private readonly bool _allowChosenIds;

    /// <param name="maxChatrooms">The app's chatroom quota, or null for none.</param>
    /// <param name="allowChosenIds">Whether a create may choose the id (<c>roomid</c>).</param>
    public ChatroomEndpoints(EmulatorStore store, int? maxChatrooms, bool allowChosenIds)
    {
        _store = store;
        _maxChatrooms = maxChatrooms;
        _allowChosenIds = allowChosenIds;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("GET", "chatrooms", EmApiFamily.ChatroomCollection, List),
        new Route("POST", "chatrooms", EmApiFamily.ChatroomCollection, Create),
        new Route("GET", "users/{user}/joined_chatrooms", EmApiFamily.ChatroomCollection, ListJoined),
        new Route("GET", "chatrooms/{ids}", EmApiFamily.ChatroomItem, Details),
        new Route("PUT", "chatrooms/{id}", EmApiFamily.ChatroomItem, ModifyOrTransfer),
        new Route("DELETE", "chatrooms/{id}", EmApiFamily.ChatroomItem, Delete),
        new Route("GET", "chatrooms/{id}/users", EmApiFamily.ChatroomItem, Members),
    };

    /// <summary>GET /chatrooms?limit&amp;cursor: a page in creation order, with a cursor while more follow.</summary>
    public EmulatorHttpResponse List(RequestContext context)
    {
        var limit = context.Query.PagingNumber("limit", DefaultListLimit, 1, MaxPageSize, capAtMax: true);
        // An empty cursor is taken as none, as clients often send "cursor=" for the first page.
        var cursor = context.Query.First("cursor");
        var afterId = string.IsNullOrEmpty(cursor) ? 0 : ListCursor.Chatrooms.Decode(cursor!);
        var page = _store.ListChatroomsAfter(afterId, limit, out var more);
        var next = more ? ListCursor.Chatrooms.Encode(page[page.Count - 1].NumericId) : null;
        return context.Ok(w => WriteOneOrMany(w, page, WriteSummary), count: page.Count, echoParams: true, cursor: next);
    }

    /// <summary>
    /// GET /users/{u}/joined_chatrooms?pagenum&amp;pagesize: most recently joined first; with neither parameter,
    /// the 500 most recent.
    /// </summary>
    public EmulatorHttpResponse ListJoined(RequestContext context)
    {
        var query = context.Query;
        int skip = 0, take = JoinedWithoutPaging;
        if (query.Has("pagenum") || query.Has("pagesize"))
        {
            var pageNumber = query.PagingNumber("pagenum", 1, 1, int.MaxValue, capAtMax: false);
            take = query.PagingNumber("pagesize", MaxPageSize, 1, MaxPageSize, capAtMax: true);
            skip = Paging.Offset(pageNumber, take);
        }

        var page = _store.JoinedChatrooms(context.Variable("user"), skip, take) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
        return context.Ok(
            w =>
            {
                w.WriteStartArray();
                foreach (var chatroom in page)
                {
                    w.WriteStartObject();
                    w.WriteString("id", chatroom.Id);
                    w.WriteString("name", chatroom.Name);
                    w.WriteString("disabled", "false");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            },
            count: page.Count,
            echoParams: true);
    }

    /// <summary>GET /chatrooms/{id}[,{id}…]: up to 100 ids, answered in the order asked.</summary>
    public EmulatorHttpResponse Details(RequestContext context)
    {
        // Split before decoding, so an escaped comma separates ids just as a literal one does.
        var ids = IdSeparator.Split(context.RawVariable("ids")).Select(Uri.UnescapeDataString).ToArray();
        if (ids.Length > EmApiLimits.MaxChatroomIdsPerDetailsCall)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter($"at most {EmApiLimits.MaxChatroomIdsPerDetailsCall} chatroom ids can be queried at once"));
        }

        var found = _store.FindChatroomDetails(ids);
        var details = new (EmulatorChatroom Chatroom, bool MutedAll)[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            details[i] = found[i] ?? throw new EmulatorApiException(ApiError.GroupNotFound(ids[i]));
        }

        return context.Ok(w => WriteOneOrMany(w, details, (writer, detail) => WriteDetails(writer, detail.Chatroom, detail.MutedAll)));
    }

    /// <summary>POST /chatrooms.</summary>
    public EmulatorHttpResponse Create(RequestContext context)
    {
        var body = context.Body();
        var name = body.String("name");
        if (string.IsNullOrEmpty(name))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("name must be provided"));
        }

        var owner = body.String("owner");
        if (string.IsNullOrEmpty(owner))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("owner must be provided"));
        }

        var description = body.String("description");
        var maxUsers = body.Integer("maxusers") ?? EmApiLimits.DefaultChatroomMaxUsers;
        CheckDetails(name, description, maxUsers);
        var members = body.StringArray("members");
        if (members != null && members.Count == 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("members must be provided"));
        }

        var custom = body.String("custom");
        if (custom != null && EmApiLimits.CustomByteCount(custom) > EmApiLimits.MaxChatroomCustomBytes)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter($"custom cannot exceed {EmApiLimits.MaxChatroomCustomBytes} bytes"));
        }

        var chosenId = body.String("roomid");
        if (chosenId != null && !_allowChosenIds)
        {
            throw new EmulatorApiException(ApiError.ForbiddenOperation("custom chatroom id is not enabled for this app"));
        }

        if (chosenId != null && !EmApiLimits.IsValidChosenChatroomId(chosenId))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter(
                $"roomid must be 1 to {EmApiLimits.MaxChosenChatroomIdLength} lowercase letters a-z and digits 0-9"));
        }

        var draft = new ChatroomDraft(name!, owner!, description, (int)maxUsers, members, custom, chosenId);
        if (draft.Members.Count + 1 > draft.MaxUsers)
        {
            throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
        }

        var chatroom = _store.CreateChatroom(draft, _maxChatrooms);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", chatroom.Id);
            w.WriteEndObject();
        });
    }

    /// <summary>PUT /chatrooms/{id}: a transfer when the body has newowner, otherwise a change of details.</summary>
    public EmulatorHttpResponse ModifyOrTransfer(RequestContext context)
    {
        var body = context.Body();
        var fields = body.PropertyNames;
        if (fields.Count == 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("the request body must hold the chatroom fields to change"));
        }

        return fields.Contains("newowner") ? Transfer(context, body, fields) : Modify(context, body, fields);
    }

    /// <summary>DELETE /chatrooms/{id}.</summary>
    public EmulatorHttpResponse Delete(RequestContext context)
    {
        _store.DeleteChatroom(context.Variable("id"));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("success", true);
            w.WriteString("id", context.Variable("id"));
            w.WriteEndObject();
        });
    }

    /// <summary>GET /chatrooms/{id}/users?pagenum&amp;pagesize: owner first, then admins, then the other members.</summary>
    public EmulatorHttpResponse Members(RequestContext context)
    {
        var chatroom = _store.FindChatroom(context.Variable("id")) ?? throw new EmulatorApiException(ApiError.GroupNotFound(context.Variable("id")));
        var pageNumber = context.Query.PagingNumber("pagenum", 1, 1, int.MaxValue, capAtMax: false);
        var pageSize = context.Query.PagingNumber("pagesize", MaxPageSize, 0, MaxPageSize, capAtMax: true);
        var page = Affiliations(chatroom).Skip(Paging.Offset(pageNumber, pageSize)).Take(pageSize).ToArray();
        return context.Ok(w => WriteAffiliations(w, page), count: page.Length, echoParams: true);
    }

    private EmulatorHttpResponse Modify(RequestContext context, RequestBody body, IReadOnlyList<string> fields)
    {
        var invalid = fields.Except(ModifiableFields).ToArray();
        if (invalid.Length > 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter($"some of [{string.Join(", ", invalid)}] are not valid fields"));
        }

        var name = body.String("name");
        var description = body.String("description");
        var maxUsers = body.Integer("maxusers");
        CheckDetails(name, description, maxUsers);
        _store.ModifyChatroom(context.Variable("id"), name, description, (int?)maxUsers);
        return context.Ok(w =>
        {
            // Only the fields sent are reported, and the name as "groupname".
            w.WriteStartObject();
            if (name != null)
            {
                w.WriteBoolean("groupname", true);
            }

            if (description != null)
            {
                w.WriteBoolean("description", true);
            }

            if (maxUsers != null)
            {
                w.WriteBoolean("maxusers", true);
            }

            w.WriteEndObject();
        });
    }

    private EmulatorHttpResponse Transfer(RequestContext context, RequestBody body, IReadOnlyList<string> fields)
    {
        var invalid = fields.Where(f => f != "newowner").ToArray();
        if (invalid.Length > 0)
        {
            throw new EmulatorApiException(ApiError.InvalidParameter($"some of [{string.Join(", ", invalid)}] are not valid fields"));
        }

        var newOwner = body.String("newowner");
        if (string.IsNullOrEmpty(newOwner))
        {
            throw new EmulatorApiException(ApiError.InvalidParameter("newowner must be provided"));
        }

        _store.TransferChatroom(context.Variable("id"), newOwner!);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("newowner", true);
            w.WriteEndObject();
        });
    }

    /// <summary>The limits on name, description and maxusers shared by create and modify (null: not sent).</summary>
    private static void CheckDetails(string? name, string? description, long? maxUsers)
    {
        if (name != null && EmApiLimits.CharacterCount(name) > EmApiLimits.MaxChatroomNameLength)
        {
            throw new EmulatorApiException(ApiError.TitleTooLong());
        }

        if (description != null && EmApiLimits.CharacterCount(description) > EmApiLimits.MaxChatroomDescriptionLength)
        {
            throw new EmulatorApiException(ApiError.DescriptionTooLong());
        }

        if (maxUsers != null && !ChatroomDraft.IsValidMaxUsers(maxUsers))
        {
            throw new EmulatorApiException(ApiError.MaxUsersOutOfRange());
        }
    }

    /// <summary>The owner, then the admins, then the other members, each with its role word.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Affiliations(EmulatorChatroom chatroom)
    {
        yield return new KeyValuePair<string, string>("owner", chatroom.Owner);
        foreach (var admin in chatroom.Admins)
        {
            yield return new KeyValuePair<string, string>("member", admin);
        }

        var admins = new HashSet<string>(chatroom.Admins, StringComparer.Ordinal);
        foreach (var member in chatroom.Members.Where(m => !admins.Contains(m)))
        {
            yield return new KeyValuePair<string, string>("member", member);
        }
    }

    private static void WriteAffiliations(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, string>> affiliations)
    {
        writer.WriteStartArray();
        foreach (var affiliation in affiliations)
        {
            writer.WriteStartObject();
            writer.WriteString(affiliation.Key, affiliation.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes one item as a bare object and any other number as an array: the vendor's examples of the list and
    /// details calls show a single object where their field tables promise an array.
    /// </summary>
    private static void WriteOneOrMany<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 1)
        {
            write(writer, items[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter writer, EmulatorChatroom chatroom)
    {
        writer.WriteStartObject();
        writer.WriteString("id", chatroom.Id);
        writer.WriteString("name", chatroom.Name);
        writer.WriteString("owner", chatroom.Owner);
        writer.WriteNumber("affiliations_count", chatroom.AffiliationsCount);
        writer.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter writer, EmulatorChatroom chatroom, bool mutedAll)
    {
        writer.WriteStartObject();
        writer.WriteString("id", chatroom.Id);
        writer.WriteString("name", chatroom.Name);
        writer.WriteString("description", chatroom.Description);
        writer.WriteBoolean("membersonly", false);
        writer.WriteBoolean("allowinvites", false);
        writer.WriteNumber("maxusers", chatroom.MaxUsers);
        writer.WriteString("owner", chatroom.Owner);
        writer.WriteNumber("created", chatroom.Created.ToUnixTimeMilliseconds());
        writer.WriteString("custom", chatroom.Custom);
        writer.WriteNumber("affiliations_count", chatroom.AffiliationsCount);
        writer.WritePropertyName("affiliations");
        WriteAffiliations(writer, Affiliations(chatroom));
        writer.WriteBoolean("public", true);
        // The newest pages add mute-all to the details.
        writer.WriteBoolean("mute", mutedAll);
        writer.WriteEndObject();
    }
}
