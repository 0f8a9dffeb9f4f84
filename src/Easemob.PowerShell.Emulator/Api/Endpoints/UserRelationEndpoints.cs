using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// Contacts (add, remove, remark, the paged list, the one-shot list, import) and user block lists (add, the paged
/// list, remove). Every user named must exist (404 service_resource_not_found otherwise).
/// </summary>
internal sealed class UserRelationEndpoints : IEndpoints
{
    /// <summary>Both list calls without paging parameters return at most this many (the newest for block lists).</summary>
    private const int UnpagedBlockListSize = EmApiLimits.MaxBlockedUsers;

    private readonly EmulatorStore _store;

    public UserRelationEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("GET", "user/{user}/contacts", EmApiFamily.UserContact, ContactPage),
        new Route("PUT", "user/{user}/contacts/users/{contact}", EmApiFamily.UserContact, SetRemark),
        new Route("GET", "users/{user}/contacts/users", EmApiFamily.UserContact, AllContacts),
        new Route("POST", "users/{user}/contacts/users/{contact}", EmApiFamily.UserContact, AddContact),
        new Route("DELETE", "users/{user}/contacts/users/{contact}", EmApiFamily.UserContact, RemoveContact),
        new Route("POST", "users/{user}/contacts/import", EmApiFamily.UserContact, Import),
        new Route("GET", "users/{user}/blocks/users", EmApiFamily.UserBlock, BlockPage),
        new Route("POST", "users/{user}/blocks/users", EmApiFamily.UserBlock, Block),
        new Route("DELETE", "users/{user}/blocks/users/{blocked}", EmApiFamily.UserBlock, Unblock),
    };

    private EmulatorHttpResponse AddContact(RequestContext context)
    {
        var contact = _store.AddContactSnapshot(context.Variable("user"), context.Variable("contact"));
        return context.Ok(null, w => UserEndpoints.WriteUsers(w, new[] { contact }));
    }

    private EmulatorHttpResponse RemoveContact(RequestContext context)
    {
        var contact = _store.RemoveContact(context.Variable("user"), context.Variable("contact"));
        return context.Ok(null, w => UserEndpoints.WriteUsers(w, new[] { contact }));
    }

    /// <summary>PUT /user/{user}/contacts/users/{contact} {remark}.</summary>
    private EmulatorHttpResponse SetRemark(RequestContext context)
    {
        var remark = context.Body().String("remark") ?? throw new EmulatorApiException(ApiError.IllegalArgument("remark must be provided"));
        _store.SetContactRemark(context.Variable("user"), context.Variable("contact"), remark);
        return Status(context);
    }

    /// <summary>GET /user/{user}/contacts?limit&amp;cursor&amp;needReturnRemark: data.contacts, the cursor beside data while more follow.</summary>
    private EmulatorHttpResponse ContactPage(RequestContext context)
    {
        var limit = PageSize(context, "limit", 10, "getContacts");
        var after = context.Query.First("cursor") is { } cursor ? ListCursor.Contacts.Decode(cursor) : 0;
        var withRemark = context.Query.First("needReturnRemark") == "true";
        var page = _store.ContactPage(context.Variable("user"), after, limit, out var last);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("contacts");
            foreach (var (contact, remark) in page)
            {
                w.WriteStartObject();
                if (withRemark && remark != null)
                {
                    w.WriteString("remark", remark);
                }
                else if (withRemark)
                {
                    w.WriteNull("remark");
                }

                w.WriteString("username", contact);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, count: page.Count, cursor: last.HasValue ? ListCursor.Contacts.Encode(last.Value) : null);
    }

    private EmulatorHttpResponse AllContacts(RequestContext context)
    {
        var contacts = _store.Contacts(context.Variable("user"));
        return context.Ok(w => WriteNames(w, contacts), count: contacts.Count);
    }

    /// <summary>POST /users/{user}/contacts/import {usernames}: at most 10; each user lands in one of the four outcome lists.</summary>
    private EmulatorHttpResponse Import(RequestContext context)
    {
        var names = context.Body().StringArray("usernames") ?? throw new EmulatorApiException(ApiError.IllegalArgument("usernames must be provided"));
        if (names.Count > EmApiLimits.MaxContactsPerImport)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument($"request user over flow limit:{EmApiLimits.MaxContactsPerImport}."));
        }

        var (success, notExist, maxLimit) = _store.ImportContacts(context.Variable("user"), names);
        return Status(context, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("UnKnowFailed");
            WriteNames(w, new string[0]);
            w.WritePropertyName("success");
            WriteNames(w, success);
            w.WritePropertyName("NotExistFailed");
            WriteNames(w, notExist);
            w.WritePropertyName("maxLimitFailed");
            WriteNames(w, maxLimit);
            w.WriteEndObject();
        });
    }

    /// <summary>GET /users/{user}/blocks/users?pageSize&amp;cursor: newest first; with neither parameter, the newest 500.</summary>
    private EmulatorHttpResponse BlockPage(RequestContext context)
    {
        var paged = context.Query.Has("pageSize") || context.Query.Has("cursor");
        var size = paged ? PageSize(context, "pageSize", EmApiLimits.MaxBlockedUsersPerPage, "getBlocks") : UnpagedBlockListSize;
        var before = context.Query.First("cursor") is { } cursor ? ListCursor.BlockedUsers.Decode(cursor) : long.MaxValue;
        var page = _store.BlockPage(context.Variable("user"), before, size, out var last);
        return context.Ok(w => WriteNames(w, page), count: page.Count,
            cursor: paged && last.HasValue ? ListCursor.BlockedUsers.Encode(last.Value) : null);
    }

    private EmulatorHttpResponse Block(RequestContext context)
    {
        var names = context.Body().StringArray("usernames") ?? throw new EmulatorApiException(ApiError.IllegalArgument("usernames must be provided"));
        var blocked = _store.BlockUsers(context.Variable("user"), names);
        return context.Ok(w => WriteNames(w, blocked));
    }

    private EmulatorHttpResponse Unblock(RequestContext context)
    {
        var blocked = _store.UnblockUser(context.Variable("user"), context.Variable("blocked"));
        return context.Ok(null, w => UserEndpoints.WriteUsers(w, new[] { blocked }));
    }

    /// <summary>A page size of 1 to 50; a larger one is the documented 400.</summary>
    private static int PageSize(RequestContext context, string name, int defaultValue, string call)
    {
        var size = context.Query.PagingNumber(name, defaultValue, 1, int.MaxValue, capAtMax: false);
        return size <= EmApiLimits.MaxContactsPerPage
            ? size
            : throw new EmulatorApiException(ApiError.IllegalArgument($"{call} page size more than max limit : {EmApiLimits.MaxContactsPerPage}"));
    }

    private static void WriteNames(System.Text.Json.Utf8JsonWriter writer, IEnumerable<string> names)
    {
        writer.WriteStartArray();
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    /// <summary>The remark and import answers: action, status ok, timestamp, uri, and the import's data.</summary>
    private static EmulatorHttpResponse Status(RequestContext context, System.Action<System.Text.Json.Utf8JsonWriter>? writeData = null) =>
        new EmulatorHttpResponse(200, JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("action", context.Request.Method.ToLowerInvariant());
            w.WriteString("status", "ok");
            w.WriteNumber("timestamp", context.Clock.NowMilliseconds());
            w.WriteString("uri", "http://" + context.Request.Host + context.Request.Path);
            if (writeData != null)
            {
                w.WritePropertyName("data");
                writeData(w);
            }

            w.WriteNumber("duration", 0);
            w.WriteEndObject();
        }));
}
