using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>POST /users, GET /users/{u}, DELETE /users/{u}. Users answer in "entities", without "data".</summary>
internal sealed class UserEndpoints : IEndpoints
{
    private const int MaxUsersPerRequest = 60;

    private readonly EmulatorStore _store;

    public UserEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "users", EmApiFamily.User, Create),
        new Route("GET", "users/{user}", EmApiFamily.User, Get),
        new Route("DELETE", "users/{user}", EmApiFamily.User, Delete),
    };

    public EmulatorHttpResponse Create(RequestContext context)
    {
        var bodies = context.BodyObjects(out var isArray);
        if (bodies.Count == 0 || bodies.Count > MaxUsersPerRequest)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument($"from 1 to {MaxUsersPerRequest} users can be registered in one request"));
        }

        var drafts = bodies.Select(ReadUser).ToArray();
        if (!isArray)
        {
            var created = _store.AddUsers(drafts);
            return context.Ok(writeData: null, writeEntities: w => WriteUsers(w, created.Select(e => new UserSnapshot(e, true, 0))));
        }

        // The batch register: a taken name fails alone, reported in data with its reason.
        var existing = new List<string>();
        var registered = _store.AddUsers(drafts, existing);
        return context.Ok(
            w =>
            {
                w.WriteStartArray();
                foreach (var username in existing)
                {
                    w.WriteStartObject();
                    w.WriteString("username", username);
                    w.WriteString("registerUserFailReason", $"the {username} already exists");
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            },
            w => WriteUsers(w, registered.Select(e => new UserSnapshot(e, true, 0))));
    }

    public EmulatorHttpResponse Get(RequestContext context)
    {
        var user = _store.FindUserSnapshot(context.Variable("user")) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
        return context.Ok(writeData: null, writeEntities: w => WriteUsers(w, new[] { user }), count: 1);
    }

    public EmulatorHttpResponse Delete(RequestContext context)
    {
        var user = _store.DeleteUser(context.Variable("user"));
        return context.Ok(writeData: null, writeEntities: w => WriteUsers(w, new[] { new UserSnapshot(user, true, 0) }));
    }

    private static UserDraft ReadUser(RequestBody body)
    {
        var username = body.String("username") ?? string.Empty;
        if (!EmApiLimits.IsLegalUsername(username))
        {
            throw new EmulatorApiException(ApiError.IllegalArgument($"username [{username}] is not legal"));
        }

        var password = body.String("password");
        if (string.IsNullOrEmpty(password))
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("password must be provided"));
        }

        return new UserDraft(username, password, body.String("nickname"));
    }

    /// <summary>The users as the service's entities array.</summary>
    internal static void WriteUsers(Utf8JsonWriter writer, IEnumerable<UserSnapshot> snapshots)
    {
        writer.WriteStartArray();
        foreach (var snapshot in snapshots)
        {
            WriteUser(writer, snapshot);
        }

        writer.WriteEndArray();
    }

    /// <summary>One user entity object (also the "user" of a user-token answer).</summary>
    internal static void WriteUser(Utf8JsonWriter writer, UserSnapshot snapshot)
    {
        var user = snapshot.Entity;
        writer.WriteStartObject();
        writer.WriteString("uuid", user.Uuid.ToString());
        writer.WriteString("type", "user");
        writer.WriteNumber("created", user.CreatedMilliseconds);
        writer.WriteNumber("modified", user.ModifiedMilliseconds);
        writer.WriteString("username", user.Username);
        writer.WriteBoolean("activated", snapshot.Activated);
        if (user.Nickname != null)
        {
            writer.WriteString("nickname", user.Nickname);
        }

        writer.WriteEndObject();
    }
}
