using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// The user list, ban and unban, force logout, online status, devices and password change, answering in the
/// vendor examples' shapes.
/// </summary>
internal sealed class UserModerationEndpoints : IEndpoints
{
    private const int DefaultListLimit = 10;

    private readonly EmulatorStore _store;

    public UserModerationEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("GET", "users", EmApiFamily.User, List),
        new Route("POST", "users/{user}/deactivate", EmApiFamily.User, Deactivate),
        new Route("POST", "users/{user}/activate", EmApiFamily.User, Activate),
        new Route("GET", "users/{user}/disconnect", EmApiFamily.User, DisconnectAll),
        new Route("DELETE", "users/{user}/disconnect/{resource}", EmApiFamily.User, DisconnectDevice),
        new Route("GET", "users/{user}/resources", EmApiFamily.User, Devices),
        new Route("GET", "users/{user}/status", EmApiFamily.User, Status),
        new Route("POST", "users/batch/status", EmApiFamily.User, BatchStatus),
        new Route("PUT", "users/{user}/password", EmApiFamily.User, SetPassword),
    };

    /// <summary>GET /users?limit&amp;cursor: a page in registration order, with a cursor while more follow.</summary>
    public EmulatorHttpResponse List(RequestContext context)
    {
        var limit = context.Query.PagingNumber("limit", DefaultListLimit, 1, EmApiLimits.MaxUsersPerListPage, capAtMax: true);
        var cursor = context.Query.First("cursor");
        var after = string.IsNullOrEmpty(cursor) ? -1 : ListCursor.Users.Decode(cursor!);
        var page = _store.ListUsersAfter(after, limit, out var more);
        var next = more ? ListCursor.Users.Encode(page[page.Count - 1].Sequence) : null;
        return context.Ok(writeData: null, writeEntities: w => UserEndpoints.WriteUsers(w, page), count: page.Count, echoParams: true, cursor: next);
    }

    /// <summary>POST /users/{u}/deactivate: answers the user with activated false.</summary>
    public EmulatorHttpResponse Deactivate(RequestContext context)
    {
        var user = _store.SetActivated(context.Variable("user"), activated: false);
        return context.Ok(writeData: null, writeEntities: w => UserEndpoints.WriteUsers(w, new[] { user }), action: "Deactivate user");
    }

    /// <summary>POST /users/{u}/activate: answers only the action.</summary>
    public EmulatorHttpResponse Activate(RequestContext context)
    {
        _store.SetActivated(context.Variable("user"), activated: true);
        return context.Ok(writeData: null, action: "activate user");
    }

    /// <summary>GET /users/{u}/disconnect.</summary>
    public EmulatorHttpResponse DisconnectAll(RequestContext context)
    {
        _store.Disconnect(context.Variable("user"), resource: null);
        return context.Ok(w => WriteResult(w, true), count: 0);
    }

    /// <summary>DELETE /users/{u}/disconnect/{resource}; the user is the path's second segment below the app.</summary>
    public EmulatorHttpResponse DisconnectDevice(RequestContext context)
    {
        // result: whether the user was logged out of that device, false for one it was not logged in on.
        var loggedOut = _store.Disconnect(context.Variable("user"), context.Variable("resource"));
        return context.Ok(w => WriteResult(w, loggedOut));
    }

    /// <summary>GET /users/{u}/resources.</summary>
    public EmulatorHttpResponse Devices(RequestContext context)
    {
        var devices = _store.Devices(context.Variable("user"));
        return context.Ok(w =>
        {
            w.WriteStartArray();
            foreach (var device in devices)
            {
                w.WriteStartObject();
                w.WriteString("res", device.Resource);
                w.WriteString("device_uuid", device.DeviceUuid);
                w.WriteString("device_name", device.DeviceName);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>GET /users/{u}/status: data {"user":"online"|"offline"}; an unknown user is 404.</summary>
    public EmulatorHttpResponse Status(RequestContext context)
    {
        var (username, online) = _store.OnlineStatus(context.Variable("user")) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString(username, online ? "online" : "offline");
            w.WriteEndObject();
        }, count: 0);
    }

    /// <summary>POST /users/batch/status {usernames ≤ 100}: one object per user, unknown users offline.</summary>
    public EmulatorHttpResponse BatchStatus(RequestContext context)
    {
        var usernames = context.Body().StringArray("usernames") ?? throw new EmulatorApiException(ApiError.IllegalArgument("usernames must be provided"));
        if (usernames.Count > EmApiLimits.MaxUsersPerStatusCall)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument($"request body exceeds maximum limit, maximum limit is {EmApiLimits.MaxUsersPerStatusCall}"));
        }

        var online = _store.AreOnline(usernames);
        return context.Ok(w =>
        {
            w.WriteStartArray();
            for (var i = 0; i < usernames.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString(usernames[i], online[i] ? "online" : "offline");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }, action: "get batch user status");
    }

    /// <summary>PUT /users/{u}/password {newpassword}.</summary>
    public EmulatorHttpResponse SetPassword(RequestContext context)
    {
        var password = context.Body().String("newpassword");
        if (string.IsNullOrEmpty(password))
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("newpassword is required"));
        }

        _store.SetPassword(context.Variable("user"), password!);
        return context.Ok(writeData: null, action: "set user password");
    }

    private static void WriteResult(System.Text.Json.Utf8JsonWriter writer, bool result)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("result", result);
        writer.WriteEndObject();
    }
}
