using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// A family that keeps one entry per chatroom, made on first use (a chatroom without one has none) and gone
/// with the chatroom.
/// </summary>
internal abstract class PerChatroomFamily<T> : StoreFamily
    where T : class, new()
{
    private readonly Dictionary<long, T> _byChatroom = new Dictionary<long, T>();

    /// <summary>Every chatroom's entry.</summary>
    protected IEnumerable<T> Entries => _byChatroom.Values;

    /// <summary>The chatroom's entry, made empty on first use.</summary>
    public T Of(EmulatorChatroom chatroom)
    {
        if (!_byChatroom.TryGetValue(chatroom.NumericId, out var entry))
        {
            entry = new T();
            _byChatroom.Add(chatroom.NumericId, entry);
        }

        return entry;
    }

    /// <summary>The chatroom's entry, or null when it has none.</summary>
    public T? Find(EmulatorChatroom chatroom) => _byChatroom.TryGetValue(chatroom.NumericId, out var entry) ? entry : null;

    /// <summary>Puts back a loaded entry.</summary>
    public void Restore(EmulatorChatroom chatroom, T entry) => _byChatroom.Add(chatroom.NumericId, entry);

    public override void ChatroomDeleted(EmulatorChatroom chatroom) => _byChatroom.Remove(chatroom.NumericId);
}
