using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// POST messages/chatrooms, messages/chatgroups (each with its directed form …/users) and messages/users: the documented checks of a
/// send, its message limit (recipients per window, 403 message_send_error) under EnforceRateLimit, then one
/// stored message per target. The server checks neither that rooms, groups nor users exist.
/// </summary>
internal sealed class MessageEndpoints : IEndpoints
{
    private readonly EmulatorStore _store;
    private readonly SlidingWindowRateLimiter? _messageLimiter;

    public MessageEndpoints(EmulatorStore store, EmulatorOptions options)
    {
        _store = store;
        _messageLimiter = options.EnforceRateLimit ? SlidingWindowRateLimiter.ForMessages(options.RateLimitScale) : null;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "messages/chatrooms", EmApiFamily.ChatroomMessage, SendToChatrooms),
        new Route("POST", "messages/chatrooms/users", EmApiFamily.ChatroomMessage, SendDirected),
        new Route("POST", "messages/users", EmApiFamily.UserMessage, SendToUsers),
        new Route("POST", "messages/chatgroups", EmApiFamily.GroupMessage, SendToGroups),
        new Route("POST", "messages/chatgroups/users", EmApiFamily.GroupMessage, SendDirectedInGroup),
    };

    private EmulatorHttpResponse SendToChatrooms(RequestContext context) =>
        Send(context, EmulatorMessages.ChatroomType, EmApiFamily.ChatroomMessage, EmApiLimits.MaxChatroomsPerMessage, directed: false);

    private EmulatorHttpResponse SendDirected(RequestContext context) =>
        Send(context, EmulatorMessages.ChatroomType, EmApiFamily.ChatroomMessage, 1, directed: true);

    private EmulatorHttpResponse SendToGroups(RequestContext context) =>
        Send(context, EmulatorMessages.GroupType, EmApiFamily.GroupMessage, EmApiLimits.MaxGroupsPerMessage, directed: false);

    private EmulatorHttpResponse SendDirectedInGroup(RequestContext context) =>
        Send(context, EmulatorMessages.GroupType, EmApiFamily.GroupMessage, 1, directed: true);

    private EmulatorHttpResponse SendToUsers(RequestContext context) =>
        Send(context, EmulatorMessages.UserType, EmApiFamily.UserMessage, EmApiLimits.MaxUsersPerMessage, directed: false);

    private EmulatorHttpResponse Send(RequestContext context, string chatType, EmApiFamily family, int maxTargets, bool directed)
    {
        var send = Read(context, maxTargets, directed);
        if (_messageLimiter != null && !_messageLimiter.TryAcquire(family, send.To.Count, out _))
        {
            throw new EmulatorApiException(ApiError.MessageSendReachLimit());
        }

        var sent = _store.SendMessages(chatType, send.From, send.To, send.Type, send.Body, send.Ext, send.Users, send.Options);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            foreach (var message in sent)
            {
                w.WriteString(message.To, message.Id);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>The send's fields, checked in the server's order with its messages.</summary>
    private static SendRequest Read(RequestContext context, int maxTargets, bool directed)
    {
        RequestBody body;
        IReadOnlyList<string>? to, users;
        string? from, type;
        JsonElement? content;
        EmulatorMessage.SendOptions options;
        try
        {
            body = context.Body();
            from = body.String("from");
            to = body.StringArray("to");
            type = body.String("type");
            content = body.Object("body");
            users = directed ? body.StringArray("users") : null;
            options = new EmulatorMessage.SendOptions(body.String("chatroom_msg_level"), body.Boolean("sync_device") ?? false, body.String("routetype") == "ROUTE_ONLINE");
        }
        catch (EmulatorApiException)
        {
            throw new EmulatorApiException(ApiError.InvalidRequestBody());
        }

        JsonElement? ext;
        try
        {
            ext = body.Object("ext");
        }
        catch (EmulatorApiException)
        {
            throw Refuse("param ext must be JSONObject");
        }

        if (from != null && from.Length == 0)
        {
            throw Refuse("param from can't be empty");
        }

        if (to == null || to.Count == 0)
        {
            throw Refuse("param to can't be empty");
        }

        if (string.IsNullOrEmpty(type))
        {
            throw Refuse("param type can't be empty");
        }

        if (content == null || !content.Value.EnumerateObject().Any())
        {
            throw Refuse("param body can't be empty");
        }

        if (directed && (users == null || users.Count == 0))
        {
            throw Refuse("param users can't be empty");
        }

        if (to.Count > maxTargets)
        {
            throw Refuse($"params to's size can't exceed limit {maxTargets}");
        }

        if (users != null && users.Count > EmApiLimits.MaxDirectedUsersPerMessage)
        {
            throw Refuse($"params users's size can't exceed limit {EmApiLimits.MaxDirectedUsersPerMessage}");
        }

        var bodyJson = content.Value.GetRawText();
        var extJson = ext?.GetRawText();
        if (Encoding.UTF8.GetByteCount(bodyJson) + (extJson == null ? 0 : Encoding.UTF8.GetByteCount(extJson)) > EmApiLimits.MaxMessageContentBytes)
        {
            throw Refuse("message is too large");
        }

        if (type == "custom")
        {
            CheckCustom(content.Value);
        }

        return new SendRequest(from ?? "admin", to, type!, bodyJson, extJson, users ?? Array.Empty<string>(), options);
    }

    /// <summary>The custom body's documented rules: the event pattern and at most 16 string extensions.</summary>
    private static void CheckCustom(JsonElement content)
    {
        if (content.TryGetProperty("customEvent", out var customEvent) &&
            (customEvent.ValueKind != JsonValueKind.String || !EmApiLimits.IsLegalCustomEvent(customEvent.GetString()!)))
        {
            throw Refuse("param customEvent must match [a-zA-Z0-9-_/\\.]{1,32}");
        }

        if (content.TryGetProperty("customExts", out var customExts))
        {
            if (customExts.ValueKind != JsonValueKind.Object || customExts.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
            {
                throw Refuse("param customExts must be Map<String,String>");
            }

            if (customExts.EnumerateObject().Count() > EmApiLimits.MaxCustomExtensions)
            {
                throw Refuse($"params customExts's size can't exceed limit {EmApiLimits.MaxCustomExtensions}");
            }
        }
    }

    private static EmulatorApiException Refuse(string message) => new EmulatorApiException(ApiError.MessageSend(message));

    private sealed record SendRequest(string From, IReadOnlyList<string> To, string Type, string Body, string? Ext, IReadOnlyList<string> Users,
        EmulatorMessage.SendOptions Options);
}
