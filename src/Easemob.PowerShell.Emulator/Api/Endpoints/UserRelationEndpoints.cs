using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints
{
    /// <summary>
    /// Contacts (add, remove, remark, the paged list, the one-shot list, import) and user block lists (add, the paged
    /// list, remove). Every user named must exist (404 service_resource_not_found otherwise).
    /// </summary>
    internal sealed class UserRelationEndpoints
    {
        /// <summary>Both list calls without paging parameters return at most this many (the newest for block lists).</summary>
        private const int UnpagedBlockListSize = EmApiLimits.MaxBlockedUsers;

        private readonly EmulatorStore store;
        private readonly UserRelationState relations;

        public UserRelationEndpoints(EmulatorStore store)
        {
            this.store = store;
            relations = store.UserRelations;
        }

        public IEnumerable<Route> Routes() => new[]
        {
            new Route("GET", "user/{}/contacts", EmApiFamily.UserContact, ContactPage),
            new Route("PUT", "user/{}/contacts/users/{}", EmApiFamily.UserContact, SetRemark),
            new Route("GET", "users/{}/contacts/users", EmApiFamily.UserContact, AllContacts),
            new Route("POST", "users/{}/contacts/users/{}", EmApiFamily.UserContact, AddContact),
            new Route("DELETE", "users/{}/contacts/users/{}", EmApiFamily.UserContact, RemoveContact),
            new Route("POST", "users/{}/contacts/import", EmApiFamily.UserContact, Import),
            new Route("GET", "users/{}/blocks/users", EmApiFamily.UserBlock, BlockPage),
            new Route("POST", "users/{}/blocks/users", EmApiFamily.UserBlock, Block),
            new Route("DELETE", "users/{}/blocks/users/{}", EmApiFamily.UserBlock, Unblock),
        };

        private EmulatorHttpResponse AddContact(RequestContext context)
        {
            var (owner, contact) = (User(context.Parameters[0]), User(context.Parameters[1]));
            relations.AddContact(owner.Entity.Username, contact.Entity.Username, EmApiLimits.DefaultMaxContacts);
            return context.Ok(null, w => UserEndpoints.WriteUsers(w, new[] { contact }));
        }

        private EmulatorHttpResponse RemoveContact(RequestContext context)
        {
            var (owner, contact) = (User(context.Parameters[0]), User(context.Parameters[1]));
            relations.RemoveContact(owner.Entity.Username, contact.Entity.Username);
            return context.Ok(null, w => UserEndpoints.WriteUsers(w, new[] { contact }));
        }

        /// <summary>PUT /user/{u}/contacts/users/{c} {remark}: at most 100 characters, only between contacts.</summary>
        private EmulatorHttpResponse SetRemark(RequestContext context)
        {
            var (owner, contact) = (User(context.Parameters[0]), User(context.Parameters[1]));
            var remark = context.Body().String("remark") ?? throw new EmulatorApiException(ApiError.IllegalArgument("remark must be provided"));
            if (EmApiLimits.CharacterCount(remark) > EmApiLimits.MaxContactRemarkLength)
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"remark length exceeds {EmApiLimits.MaxContactRemarkLength}"));
            }

            if (!relations.SetRemark(owner.Entity.Username, contact.Entity.Username, remark))
            {
                throw new EmulatorApiException(ApiError.IllegalArgument("updateRemark they are not friends, please add as a friend first."));
            }

            return Status(context);
        }

        /// <summary>GET /user/{u}/contacts?limit&amp;cursor&amp;needReturnRemark: data.contacts, the cursor beside data while more follow.</summary>
        private EmulatorHttpResponse ContactPage(RequestContext context)
        {
            var owner = User(context.Parameter);
            var limit = PageSize(context, "limit", 10, "getContacts");
            var after = context.Query.First("cursor") is { } cursor ? ListCursor.Contacts.Decode(cursor) : 0;
            var withRemark = context.Query.First("needReturnRemark") == "true";
            var page = relations.ContactPage(owner.Entity.Username, after, limit, out var last);
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
            var contacts = relations.Contacts(User(context.Parameter).Entity.Username);
            return context.Ok(w => WriteNames(w, contacts), count: contacts.Count);
        }

        /// <summary>POST /users/{u}/contacts/import {usernames}: at most 10; each user lands in one of the four outcome lists.</summary>
        private EmulatorHttpResponse Import(RequestContext context)
        {
            var owner = User(context.Parameter).Entity.Username;
            var names = context.Body().StringArray("usernames") ?? throw new EmulatorApiException(ApiError.IllegalArgument("usernames must be provided"));
            if (names.Count > EmApiLimits.MaxContactsPerImport)
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"request user over flow limit:{EmApiLimits.MaxContactsPerImport}."));
            }

            if (relations.Contacts(owner).Count >= EmApiLimits.DefaultMaxContacts)
            {
                throw new EmulatorApiException(ApiError.ExceedLimit("Inviter's contact max count."));
            }

            var (success, notExist, maxLimit) = (new List<string>(), new List<string>(), new List<string>());
            foreach (var name in names)
            {
                var user = store.FindUserSnapshot(name);
                if (user == null)
                {
                    notExist.Add(name);
                    continue;
                }

                try
                {
                    relations.AddContact(owner, user.Entity.Username, EmApiLimits.DefaultMaxContacts);
                    success.Add(name);
                }
                catch (EmulatorApiException)
                {
                    maxLimit.Add(name);
                }
            }

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

        /// <summary>GET /users/{u}/blocks/users?pageSize&amp;cursor: newest first; with neither parameter, the newest 500.</summary>
        private EmulatorHttpResponse BlockPage(RequestContext context)
        {
            var owner = User(context.Parameter).Entity.Username;
            var paged = context.Query.Has("pageSize") || context.Query.Has("cursor");
            var size = paged ? PageSize(context, "pageSize", EmApiLimits.MaxBlockedUsersPerPage, "getBlocks") : UnpagedBlockListSize;
            var before = context.Query.First("cursor") is { } cursor ? ListCursor.BlockedUsers.Decode(cursor) : long.MaxValue;
            var page = relations.BlockPage(owner, before, size, out var last);
            return context.Ok(w => WriteNames(w, page), count: page.Count,
                cursor: paged && last.HasValue ? ListCursor.BlockedUsers.Encode(last.Value) : null);
        }

        private EmulatorHttpResponse Block(RequestContext context)
        {
            var owner = User(context.Parameter).Entity.Username;
            var names = context.Body().StringArray("usernames") ?? throw new EmulatorApiException(ApiError.IllegalArgument("usernames must be provided"));
            var blocked = names.Select(n => User(n).Entity.Username).ToList();
            relations.Block(owner, blocked);
            return context.Ok(w => WriteNames(w, blocked));
        }

        private EmulatorHttpResponse Unblock(RequestContext context)
        {
            var (owner, blocked) = (User(context.Parameters[0]), User(context.Parameters[1]));
            relations.Unblock(owner.Entity.Username, blocked.Entity.Username);
            return context.Ok(null, w => UserEndpoints.WriteUsers(w, new[] { blocked }));
        }

        /// <summary>The user, or 404 service_resource_not_found as every relation call answers for an unknown one.</summary>
        private UserSnapshot User(string username) =>
            store.FindUserSnapshot(username) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());

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
                w.WriteNumber("timestamp", UnixTime.NowMilliseconds());
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
}
