using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// The messages of the store: sends, recalls, modifies, broadcasts with their daily quota, and the history
/// export's reads. The service checks neither that a message's chatrooms nor that its users exist.
/// </summary>
public sealed partial class EmulatorStore
{
    /// <summary>Every message and broadcast the app accepted, as a test reads them back.</summary>
    public EmulatorMessages Messages { get; }

    /// <summary>Reads the messages under the store's lock; <paramref name="read"/> must copy what it returns.</summary>
    internal T ReadMessages<T>(Func<MessageState, T> read)
    {
        lock (_gate)
        {
            return read(_messages);
        }
    }

    /// <summary>Stores one message per target, sent now, and returns them in target order.</summary>
    internal IReadOnlyList<EmulatorMessage> SendMessages(string chatType, string from, IReadOnlyList<string> targets, string type, string bodyJson,
        string? extensionJson, IReadOnlyList<string> directedTo, EmulatorMessage.SendOptions options) =>
        AddMessages(chatType, from, targets, type, bodyJson, extensionJson, directedTo, _clock.UtcNow, options);

    /// <summary>Stores a message as if it had been sent at <paramref name="sentOn"/> (to seed history).</summary>
    internal EmulatorMessage ImportMessage(string chatType, string from, string to, string type, string bodyJson, string? extensionJson, DateTimeOffset sentOn) =>
        AddMessages(chatType, from, new[] { to }, type, bodyJson, extensionJson, Array.Empty<string>(), sentOn, new EmulatorMessage.SendOptions(null, false, false))[0];

    /// <summary>The standing (not recalled) messages sent in [<paramref name="start"/>, <paramref name="end"/>), oldest first.</summary>
    internal IReadOnlyList<EmulatorMessage> MessagesSentBetween(DateTimeOffset start, DateTimeOffset end) =>
        ReadMessages(s => s.InOrder.Where(m => m.RecalledOn == null && m.SentOn >= start && m.SentOn < end).OrderBy(m => m.SentOn).ToArray());

    /// <summary>
    /// Recalls a standing message sent to <paramref name="to"/> in a conversation of <paramref name="chatType"/>:
    /// within <paramref name="window"/> of its sending, or at any time with <paramref name="force"/>.
    /// </summary>
    internal void RecallMessage(string messageId, string to, string chatType, bool force, TimeSpan window)
    {
        var now = _clock.UtcNow;
        lock (_gate)
        {
            var message = _messages.Find(messageId);
            if (message == null || message.RecalledOn != null || message.ChatType != chatType
                || !string.Equals(message.To, to, chatType == EmulatorMessages.UserType ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                throw new EmulatorApiException(ApiError.MessageRecall(400, "can't find msg to"));
            }

            if (!force && now - message.SentOn > window)
            {
                throw new EmulatorApiException(ApiError.MessageRecall(403, "exceed recall time limit"));
            }

            message.RecalledOn = now;
        }
    }

    /// <summary>Replaces a standing message's body (of the same type) and merges or replaces its ext, at most <see cref="EmApiLimits.MaxMessageEdits"/> times.</summary>
    internal void RewriteMessage(string messageId, string type, string bodyJson, string? extensionJson, bool combineExtension)
    {
        lock (_gate)
        {
            var message = _messages.Find(messageId);
            if (message == null || message.RecalledOn != null)
            {
                throw new EmulatorApiException(ApiError.MessageRewrite(404, "The message is unavailable or has expired."));
            }

            if (message.Type != type)
            {
                throw new EmulatorApiException(ApiError.MessageRewrite(400, "The message is of a type that is currently not supported for modification."));
            }

            if (message.Edits >= EmApiLimits.MaxMessageEdits)
            {
                throw new EmulatorApiException(ApiError.MessageRewrite(403, "The message has reached its edit limit and cannot be modified further."));
            }

            message.BodyJson = bodyJson;
            if (extensionJson != null)
            {
                message.ExtensionJson = combineExtension && message.ExtensionJson != null ? Merge(message.ExtensionJson, extensionJson) : extensionJson;
            }

            message.Edits++;
        }
    }

    /// <summary>
    /// Stores a broadcast of the kind <paramref name="family"/> unless <paramref name="dailyQuota"/> of its kind were
    /// accepted today (UTC), which the service refuses with 403 forbidden_op <paramref name="quotaReached"/>.
    /// </summary>
    internal EmulatorBroadcast Broadcast(EmApiFamily family, int dailyQuota, string quotaReached, string target, string from, string type, string bodyJson, string? extensionJson)
    {
        var now = _clock.UtcNow;
        lock (_gate)
        {
            if (_messages.BroadcastsOn(family, now.UtcDateTime.Date) >= dailyQuota)
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation(quotaReached));
            }

            _messages.CountBroadcast(family, now.UtcDateTime.Date);
            var broadcast = new EmulatorBroadcast(_messages.NextId(), target, from, type, bodyJson, extensionJson, now);
            _messages.Add(broadcast);
            return broadcast;
        }
    }

    private IReadOnlyList<EmulatorMessage> AddMessages(string chatType, string from, IReadOnlyList<string> targets, string type, string bodyJson,
        string? extensionJson, IReadOnlyList<string> directedTo, DateTimeOffset sentOn, EmulatorMessage.SendOptions options)
    {
        lock (_gate)
        {
            var added = targets.Select(to => new EmulatorMessage(_messages.NextId(), chatType, from, to, type, bodyJson, extensionJson, directedTo, sentOn, options)).ToArray();
            foreach (var message in added)
            {
                _messages.Add(message);
            }

            return added;
        }
    }

    private static string Merge(string oldJson, string newJson)
    {
        var merged = (JsonObject)JsonNode.Parse(oldJson)!;
        foreach (var entry in ((JsonObject)JsonNode.Parse(newJson)!).ToArray())
        {
            merged[entry.Key] = entry.Value?.DeepClone();
        }

        return merged.ToJsonString();
    }
}
