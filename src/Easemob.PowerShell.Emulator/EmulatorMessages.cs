using System;
using System.Collections.Generic;
using System.Linq;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// Every message the emulator accepted, one per target, in the order accepted, with their ids and times, and
/// every broadcast: a test reads them per chatroom, user or sender (<c>$emu.Store.Messages</c>). A view of the
/// store, read under its lock.
/// </summary>
public sealed class EmulatorMessages
{
    internal const string ChatroomType = "chatroom";

    internal const string UserType = "chat";

    internal const string GroupType = "groupchat";

    private readonly EmulatorStore _store;

    internal EmulatorMessages(EmulatorStore store)
    {
        _store = store;
    }

    /// <summary>Every accepted broadcast, in the order accepted.</summary>
    public IReadOnlyList<EmulatorBroadcast> Broadcasts => _store.ReadMessages(s => s.Broadcasts.ToArray());

    /// <summary>Every accepted message, in the order accepted.</summary>
    public IReadOnlyList<EmulatorMessage> All => Where(_ => true);

    public IReadOnlyList<EmulatorMessage> ToChatroom(string chatroomId) => Where(m => m.ChatType == ChatroomType && m.To == chatroomId);

    public IReadOnlyList<EmulatorMessage> ToGroup(string groupId) => Where(m => m.ChatType == GroupType && m.To == groupId);

    public IReadOnlyList<EmulatorMessage> ToUser(string username) =>
        Where(m => m.ChatType == UserType && string.Equals(m.To, username, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<EmulatorMessage> FromSender(string username) => Where(m => string.Equals(m.From, username, StringComparison.OrdinalIgnoreCase));

    public EmulatorMessage? Find(string messageId) => _store.ReadMessages(s => s.Find(messageId));

    /// <summary>Stores a message as if it had been sent at <paramref name="sentOn"/> (to seed history); returns it with its new id.</summary>
    /// <param name="chatType">"chat", "groupchat" or "chatroom".</param>
    public EmulatorMessage Import(string chatType, string from, string to, string type, string bodyJson, string? extensionJson, DateTimeOffset sentOn) =>
        _store.ImportMessage(chatType, from, to, type, bodyJson, extensionJson, sentOn);

    private IReadOnlyList<EmulatorMessage> Where(Func<EmulatorMessage, bool> predicate) => _store.ReadMessages(s => s.InOrder.Where(predicate).ToArray());
}
