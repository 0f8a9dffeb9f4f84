using System.Collections.Generic;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>Chatroom announcements and custom attributes (the metadata calls, whose envelope is short).</summary>
internal sealed class ChatroomContentEndpoints : IEndpoints
{
    private const string KeepAfterLeave = "NO_DELETE";

    private readonly EmulatorStore _store;

    public ChatroomContentEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("GET", "chatrooms/{id}/announcement", EmApiFamily.ChatroomItem, GetAnnouncement),
        new Route("POST", "chatrooms/{id}/announcement", EmApiFamily.ChatroomItem, SetAnnouncement),
        new Route("POST", "metadata/chatroom/{id}", EmApiFamily.ChatroomAttribute, GetAttributes),
        new Route("PUT", "metadata/chatroom/{id}/user/{user}", EmApiFamily.ChatroomAttribute, SetAttributes),
        new Route("PUT", "metadata/chatroom/{id}/user/{user}/forced", EmApiFamily.ChatroomAttribute, ForceSetAttributes),
        new Route("DELETE", "metadata/chatroom/{id}/user/{user}", EmApiFamily.ChatroomAttribute, RemoveAttributes),
        new Route("DELETE", "metadata/chatroom/{id}/user/{user}/forced", EmApiFamily.ChatroomAttribute, ForceRemoveAttributes),
    };

    /// <summary>GET /chatrooms/{id}/announcement.</summary>
    public EmulatorHttpResponse GetAnnouncement(RequestContext context)
    {
        var announcement = _store.GetAnnouncement(context.Variable("id"));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("announcement", announcement);
            w.WriteEndObject();
        });
    }

    /// <summary>POST /chatrooms/{id}/announcement {announcement}.</summary>
    public EmulatorHttpResponse SetAnnouncement(RequestContext context)
    {
        var announcement = context.Body().String("announcement")
            ?? throw new EmulatorApiException(ApiError.InvalidParameter("announcement must be provided"));
        _store.SetAnnouncement(context.Variable("id"), announcement);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", context.Variable("id"));
            w.WriteBoolean("result", true);
            w.WriteEndObject();
        });
    }

    /// <summary>POST /metadata/chatroom/{id} {keys?}: the attributes as one object.</summary>
    public EmulatorHttpResponse GetAttributes(RequestContext context)
    {
        var attributes = _store.GetAttributes(context.Variable("id"), context.Body().StringArray("keys"));
        return MetadataAnswer(context, w =>
        {
            w.WriteStartObject();
            foreach (var pair in attributes)
            {
                w.WriteString(pair.Key, pair.Value);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>PUT /metadata/chatroom/{id}/user/{u} {metaData, autoDelete?}.</summary>
    public EmulatorHttpResponse SetAttributes(RequestContext context) => Set(context, forced: false);

    /// <summary>PUT /metadata/chatroom/{id}/user/{u}/forced: may overwrite other members' keys.</summary>
    public EmulatorHttpResponse ForceSetAttributes(RequestContext context) => Set(context, forced: true);

    /// <summary>DELETE /metadata/chatroom/{id}/user/{u} {keys}: the user's own keys only.</summary>
    public EmulatorHttpResponse RemoveAttributes(RequestContext context) => Remove(context, forced: false);

    /// <summary>DELETE /metadata/chatroom/{id}/user/{u}/forced: any member's keys.</summary>
    public EmulatorHttpResponse ForceRemoveAttributes(RequestContext context) => Remove(context, forced: true);

    private EmulatorHttpResponse Set(RequestContext context, bool forced)
    {
        var body = context.Body();
        var pairs = body.StringMap("metaData") ?? throw new EmulatorApiException(ApiError.Metadata(400, "metaData must be provided"));
        var keep = body.String("autoDelete") == KeepAfterLeave;
        var done = _store.SetAttributes(context.Variable("id"), context.Variable("user"), pairs, !keep, forced, out var errors);
        return MetadataAnswer(context, w => WriteOutcome(w, done, errors));
    }

    private EmulatorHttpResponse Remove(RequestContext context, bool forced)
    {
        var keys = context.Body().StringArray("keys") ?? throw new EmulatorApiException(ApiError.Metadata(400, "keys must be provided"));
        var done = _store.RemoveAttributes(context.Variable("id"), context.Variable("user"), keys, forced, out var errors);
        return MetadataAnswer(context, w => WriteOutcome(w, done, errors));
    }

    /// <summary>The metadata calls' envelope: only uri, timestamp, action and data (and status on a delete).</summary>
    private static EmulatorHttpResponse MetadataAnswer(RequestContext context, System.Action<Utf8JsonWriter> writeData)
    {
        var body = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("uri", "http://" + context.Request.Host + "/" + context.App.Organization + "/" + context.App.Name + "/metadata/chatroom");
            if (context.Request.Method == "DELETE")
            {
                // Only the delete example carries it.
                w.WriteString("status", "ok");
            }

            w.WriteNumber("timestamp", context.Clock.NowMilliseconds());
            w.WriteString("action", context.Request.Method.ToLowerInvariant());
            w.WritePropertyName("data");
            writeData(w);
            w.WriteEndObject();
        });
        return new EmulatorHttpResponse(200, body);
    }

    private static void WriteOutcome(Utf8JsonWriter writer, IReadOnlyList<string> done, IReadOnlyDictionary<string, string> errors)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("successKeys");
        foreach (var key in done)
        {
            writer.WriteStringValue(key);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("errorKeys");
        foreach (var pair in errors)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
