using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>
    /// Every message the emulator accepted, one per target, in the order accepted, with their ids and times; a
    /// test reads them per chatroom, user or sender. Thread-safe.
    /// </summary>
    public sealed class EmulatorMessages
    {
        private readonly object gate = new object();
        private readonly List<EmulatorMessage> messages = new List<EmulatorMessage>();
        private readonly Dictionary<string, EmulatorMessage> byId = new Dictionary<string, EmulatorMessage>(StringComparer.Ordinal);
        // Ids shaped like the vendor's: 64-bit, increasing with time.
        private long lastId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << 22;

        internal EmulatorMessages()
        {
        }

        private readonly List<EmulatorBroadcast> broadcasts = new List<EmulatorBroadcast>();

        /// <summary>Every accepted broadcast, in the order accepted.</summary>
        public IReadOnlyList<EmulatorBroadcast> Broadcasts
        {
            get
            {
                lock (gate)
                {
                    return broadcasts.ToArray();
                }
            }
        }

        /// <summary>Every accepted message, in the order accepted.</summary>
        public IReadOnlyList<EmulatorMessage> All
        {
            get
            {
                lock (gate)
                {
                    return messages.ToArray();
                }
            }
        }

        public IReadOnlyList<EmulatorMessage> ToChatroom(string chatroomId) => Where(m => m.ChatType == ChatroomType && m.To == chatroomId);

        public IReadOnlyList<EmulatorMessage> ToUser(string username) =>
            Where(m => m.ChatType == UserType && string.Equals(m.To, username, StringComparison.OrdinalIgnoreCase));

        public IReadOnlyList<EmulatorMessage> FromSender(string username) => Where(m => string.Equals(m.From, username, StringComparison.OrdinalIgnoreCase));

        public EmulatorMessage? Find(string messageId)
        {
            lock (gate)
            {
                return byId.TryGetValue(messageId, out var message) ? message : null;
            }
        }

        internal const string ChatroomType = "chatroom";

        internal const string UserType = "chat";

        /// <summary>Stores one message per target and returns them, in target order.</summary>
        internal IReadOnlyList<EmulatorMessage> Add(string chatType, string from, IReadOnlyList<string> targets, string type, string bodyJson, string? extensionJson,
            IReadOnlyList<string> directedTo, DateTimeOffset sentOn, EmulatorMessage.SendOptions options)
        {
            var added = targets.Select(to => new EmulatorMessage(
                Interlocked.Increment(ref lastId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                chatType, from, to, type, bodyJson, extensionJson, directedTo, sentOn, options)).ToArray();
            lock (gate)
            {
                foreach (var message in added)
                {
                    messages.Add(message);
                    byId.Add(message.Id, message);
                }
            }

            return added;
        }

        /// <summary>Stores a broadcast and returns it with its new id.</summary>
        internal EmulatorBroadcast AddBroadcast(string target, string from, string type, string bodyJson, string? extensionJson, DateTimeOffset sentOn)
        {
            var broadcast = new EmulatorBroadcast(Interlocked.Increment(ref lastId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                target, from, type, bodyJson, extensionJson, sentOn);
            lock (gate)
            {
                broadcasts.Add(broadcast);
            }

            return broadcast;
        }

        /// <summary>Stores a message as if it had been sent at <paramref name="sentOn"/> (to seed history); returns it with its new id.</summary>
        /// <param name="chatType">"chat", "groupchat" or "chatroom".</param>
        public EmulatorMessage Import(string chatType, string from, string to, string type, string bodyJson, string? extensionJson, DateTimeOffset sentOn) =>
            Add(chatType, from, new[] { to }, type, bodyJson, extensionJson, Array.Empty<string>(), sentOn, new EmulatorMessage.SendOptions(null, false, false))[0];

        /// <summary>The standing (not recalled) messages sent in [<paramref name="start"/>, <paramref name="end"/>), oldest first.</summary>
        internal IReadOnlyList<EmulatorMessage> SentBetween(DateTimeOffset start, DateTimeOffset end) =>
            Where(m => m.RecalledOn == null && m.SentOn >= start && m.SentOn < end).OrderBy(m => m.SentOn).ToArray();

        /// <summary>
        /// Recalls a standing message sent to <paramref name="to"/> in a conversation of <paramref name="chatType"/>:
        /// within <paramref name="window"/> of its sending, or at any time with <paramref name="force"/>.
        /// </summary>
        internal RecallResult Recall(string messageId, string to, string chatType, bool force, TimeSpan window, DateTimeOffset now)
        {
            lock (gate)
            {
                if (!byId.TryGetValue(messageId, out var message) || message.RecalledOn != null || message.ChatType != chatType
                    || !string.Equals(message.To, to, chatType == UserType ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                {
                    return RecallResult.NotFound;
                }

                if (!force && now - message.SentOn > window)
                {
                    return RecallResult.WindowPassed;
                }

                message.RecalledOn = now;
                return RecallResult.Recalled;
            }
        }

        /// <summary>Replaces a standing message's body (of the same type) and merges or replaces its ext, at most <paramref name="maxEdits"/> times.</summary>
        internal RewriteResult Rewrite(string messageId, string type, string bodyJson, string? extensionJson, bool combineExtension, int maxEdits)
        {
            lock (gate)
            {
                if (!byId.TryGetValue(messageId, out var message) || message.RecalledOn != null)
                {
                    return RewriteResult.NotFound;
                }

                if (message.Type != type)
                {
                    return RewriteResult.TypeNotSupported;
                }

                if (message.Edits >= maxEdits)
                {
                    return RewriteResult.EditLimit;
                }

                message.BodyJson = bodyJson;
                if (extensionJson != null)
                {
                    message.ExtensionJson = combineExtension && message.ExtensionJson != null ? Merge(message.ExtensionJson, extensionJson) : extensionJson;
                }

                message.Edits++;
                return RewriteResult.Rewritten;
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

        private IReadOnlyList<EmulatorMessage> Where(Func<EmulatorMessage, bool> predicate)
        {
            lock (gate)
            {
                return messages.Where(predicate).ToArray();
            }
        }
    }

    internal enum RecallResult
    {
        Recalled,
        NotFound,
        WindowPassed,
    }

    internal enum RewriteResult
    {
        Rewritten,
        NotFound,
        TypeNotSupported,
        EditLimit,
    }
}
