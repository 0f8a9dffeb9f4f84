using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// POST messages/msg_recall and messages/batch_recall (within the recall window, or any time with force) and
/// PUT messages/rewrite/{id} (text and custom messages, at most 10 times); each feature can be turned off.
/// </summary>
internal sealed class MessageChangeEndpoints : IEndpoints
{
    private readonly EmulatorStore _store;
    private readonly TimeSpan _recallWindow;
    private readonly bool _recallOpen;
    private readonly bool _rewriteOpen;

    public MessageChangeEndpoints(EmulatorStore store, EmulatorOptions options)
    {
        _store = store;
        _recallWindow = options.RecallWindow;
        _recallOpen = !options.DisabledFeatures.Contains(EmulatorFeature.MessageRecall);
        _rewriteOpen = !options.DisabledFeatures.Contains(EmulatorFeature.MessageRewrite);
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "messages/msg_recall", EmApiFamily.MessageChange, Recall),
        new Route("POST", "messages/batch_recall", EmApiFamily.MessageChange, BatchRecall),
        new Route("PUT", "messages/rewrite/{id}", EmApiFamily.MessageChange, Rewrite),
    };

    private EmulatorHttpResponse Recall(RequestContext context)
    {
        RequireRecall();
        var request = ReadRecall(context.Body());
        _store.RecallMessage(request.MessageId, request.To, request.ChatType, request.Force, _recallWindow);
        return context.Ok(w => WriteRecalled(w, request, recalled: true, reason: null));
    }

    /// <summary>Each message recalled or not on its own: the answer lists every one, with why it was not.</summary>
    private EmulatorHttpResponse BatchRecall(RequestContext context)
    {
        RequireRecall();
        var items = context.Body().Objects("msgs");
        if (items == null || items.Count == 0)
        {
            throw new EmulatorApiException(ApiError.MessageRecall(400, "param msgs can't be empty"));
        }

        if (items.Count > EmApiLimits.MaxMessagesPerRecall)
        {
            throw new EmulatorApiException(ApiError.MessageRecall(400, $"params msgs's size can't exceed limit {EmApiLimits.MaxMessagesPerRecall}"));
        }

        var requests = items.Select(ReadRecall).ToArray();
        var outcomes = requests.Select(RecallOne).ToArray();
        return context.Ok(w =>
        {
            w.WriteStartArray();
            for (var i = 0; i < requests.Length; i++)
            {
                WriteRecalled(w, requests[i], outcomes[i] == null, outcomes[i]?.Description);
            }

            w.WriteEndArray();
        });
    }

    private EmulatorHttpResponse Rewrite(RequestContext context)
    {
        if (!_rewriteOpen)
        {
            throw new EmulatorApiException(ApiError.MessageRewrite(403, "The rewrite message feature is not open."));
        }

        var id = context.Variable("id");
        if (!long.TryParse(id, out _))
        {
            throw new EmulatorApiException(ApiError.InvalidMessageId());
        }

        RequestBody body;
        JsonElement? newMessage, newExt;
        bool combine;
        try
        {
            body = context.Body();
            newMessage = body.Object("new_msg");
            newExt = body.Object("new_ext");
            combine = body.Boolean("is_combine_ext") ?? true;
        }
        catch (EmulatorApiException)
        {
            throw new EmulatorApiException(ApiError.InvalidRequestBody());
        }

        if (newMessage == null)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("new_msg is required"));
        }

        var type = newMessage.Value.TryGetProperty("type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String ? typeValue.GetString() : null;
        if (type != "txt" && type != "custom")
        {
            throw new EmulatorApiException(ApiError.MessageRewrite(400, "The message is of a type that is currently not supported for modification."));
        }

        // The stored body is the message's body: new_msg without its type.
        var newBody = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            foreach (var property in newMessage.Value.EnumerateObject().Where(p => p.Name != "type"))
            {
                property.WriteTo(w);
            }

            w.WriteEndObject();
        });
        _store.RewriteMessage(id, type!, System.Text.Encoding.UTF8.GetString(newBody), newExt?.GetRawText(), combine);
        return context.Ok(w => w.WriteStringValue("success"));
    }

    private void RequireRecall()
    {
        if (!_recallOpen)
        {
            throw new EmulatorApiException(ApiError.ServiceUnopened("message recall"));
        }
    }

    /// <summary>The recall's fields, each required but from; an empty one is refused with the server's message.</summary>
    private static RecallRequest ReadRecall(RequestBody body)
    {
        string? id, to, chatType, from;
        bool? force;
        try
        {
            id = body.String("msg_id");
            to = body.String("to");
            chatType = body.String("chat_type");
            from = body.String("from");
            force = body.Boolean("force");
        }
        catch (EmulatorApiException)
        {
            throw new EmulatorApiException(ApiError.InvalidRequestBody());
        }

        foreach (var (value, name) in new[] { (id, "msg_id"), (to, "to"), (chatType, "chat_type") })
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new EmulatorApiException(ApiError.MessageRecall(400, $"param {name} can't be empty"));
            }
        }

        return new RecallRequest(id!, to!, chatType!, from ?? "admin", force ?? false);
    }

    /// <summary>Recalls one message of a batch; null when recalled, else the service's refusal.</summary>
    private ApiError? RecallOne(RecallRequest request)
    {
        try
        {
            _store.RecallMessage(request.MessageId, request.To, request.ChatType, request.Force, _recallWindow);
            return null;
        }
        catch (EmulatorApiException refused)
        {
            return refused.Error;
        }
    }

    private static void WriteRecalled(Utf8JsonWriter w, RecallRequest request, bool recalled, string? reason)
    {
        w.WriteStartObject();
        w.WriteString("recalled", recalled ? "yes" : "no");
        w.WriteString("chattype", request.ChatType);
        w.WriteString("from", request.From);
        w.WriteString("to", request.To);
        w.WriteString("msg_id", request.MessageId);
        if (reason != null)
        {
            w.WriteString("reason", reason);
        }

        w.WriteEndObject();
    }

    private sealed record RecallRequest(string MessageId, string To, string ChatType, string From, bool Force);
}
