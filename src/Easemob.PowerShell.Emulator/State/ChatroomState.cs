using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// The chatrooms, and who is in and owns which: the index a user's joined-chatroom list and a user's
/// deletion read. Only touched under the store's lock.
/// </summary>
internal sealed class ChatroomState
{
    /// <summary>
    /// The first chatroom id: 18 digits, past 2^53 and odd, so a client that turns ids into doubles corrupts
    /// them visibly instead of by luck landing on another valid id.
    /// </summary>
    public const long FirstId = 180_000_000_000_000_001;

    /// <summary>All chatrooms by ascending id, which is creation order: lookups and cursors binary-search it.</summary>
    private readonly List<EmulatorChatroom> _chatrooms = new List<EmulatorChatroom>();

    /// <summary>The numeric place of each chatroom whose create chose its id.</summary>
    private readonly Dictionary<string, long> _chosenIds = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>Per user, the chatrooms they are in (as owner or member), oldest join first.</summary>
    private readonly Dictionary<string, List<long>> _joined = new Dictionary<string, List<long>>(StringComparer.Ordinal);

    /// <summary>Per user, how many chatrooms they own.</summary>
    private readonly Dictionary<string, int> _owned = new Dictionary<string, int>(StringComparer.Ordinal);

    private long _nextId = FirstId;

    public int Count => _chatrooms.Count;

    public IReadOnlyList<EmulatorChatroom> All => _chatrooms;

    public EmulatorChatroom? Find(string id)
    {
        if (!_chosenIds.TryGetValue(id, out var numericId) && !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out numericId))
        {
            return null;
        }

        var index = IndexOf(numericId);
        // A chatroom with a chosen id is not found by its numeric place.
        return index < 0 || _chatrooms[index].Id != id ? null : _chatrooms[index];
    }

    public EmulatorChatroom At(long numericId) => _chatrooms[IndexOf(numericId)];

    /// <summary>The numeric id of the next create; it never repeats one that a create chose.</summary>
    public long TakeNextId()
    {
        while (_chosenIds.ContainsKey(_nextId.ToString(CultureInfo.InvariantCulture)))
        {
            _nextId++;
        }

        return _nextId++;
    }

    /// <summary>Adds a new chatroom (the highest id so far) with its owner and members.</summary>
    public void Add(EmulatorChatroom chatroom)
    {
        _chatrooms.Add(chatroom);
        Index(chatroom);
    }

    /// <summary>Takes loaded chatrooms into an empty state; indexed in the order given (the file's), kept in id order.</summary>
    public void Restore(IReadOnlyList<EmulatorChatroom> loaded, long next)
    {
        foreach (var chatroom in loaded)
        {
            Index(chatroom);
        }

        _chatrooms.AddRange(loaded.OrderBy(c => c.NumericId));
        _nextId = next;
    }

    /// <summary>Puts a changed chatroom in the place of the old one.</summary>
    public void Replace(EmulatorChatroom chatroom) => _chatrooms[IndexOf(chatroom.NumericId)] = chatroom;

    public void Remove(EmulatorChatroom chatroom)
    {
        _chatrooms.RemoveAt(IndexOf(chatroom.NumericId));
        _chosenIds.Remove(chatroom.Id);
        _owned[chatroom.Owner]--;
        Left(chatroom, new[] { chatroom.Owner }.Concat(chatroom.Members));
    }

    /// <summary>Records users who joined the chatroom (its member list is the caller's to change).</summary>
    public void Joined(EmulatorChatroom chatroom, IEnumerable<string> usernames)
    {
        foreach (var name in usernames)
        {
            if (!_joined.TryGetValue(name, out var list))
            {
                list = new List<long>();
                _joined.Add(name, list);
            }

            list.Add(chatroom.NumericId);
        }
    }

    /// <summary>Records users who left the chatroom.</summary>
    public void Left(EmulatorChatroom chatroom, IEnumerable<string> usernames)
    {
        foreach (var name in usernames)
        {
            if (_joined.TryGetValue(name, out var list))
            {
                list.Remove(chatroom.NumericId);
            }
        }
    }

    public void OwnerChanged(string previous, string next)
    {
        _owned[previous]--;
        _owned[next] = OwnedBy(next) + 1;
    }

    /// <summary>The ids of the chatrooms the user is in, oldest join first.</summary>
    public IReadOnlyList<long> JoinedBy(string username) =>
        _joined.TryGetValue(username, out var list) ? list : (IReadOnlyList<long>)Array.Empty<long>();

    public int OwnedBy(string username) => _owned.TryGetValue(username, out var count) ? count : 0;

    /// <summary>Up to <paramref name="limit"/> chatrooms with an id above <paramref name="afterId"/>, in id order.</summary>
    public IReadOnlyList<EmulatorChatroom> ListAfter(long afterId, int limit, out bool more)
    {
        var start = FirstIndexAfter(afterId);
        var count = Math.Min(limit, _chatrooms.Count - start);
        more = start + count < _chatrooms.Count;
        return _chatrooms.GetRange(start, count);
    }

    private void Index(EmulatorChatroom chatroom)
    {
        if (chatroom.Id != chatroom.NumericId.ToString(CultureInfo.InvariantCulture))
        {
            _chosenIds.Add(chatroom.Id, chatroom.NumericId);
        }

        _owned[chatroom.Owner] = OwnedBy(chatroom.Owner) + 1;
        Joined(chatroom, new[] { chatroom.Owner }.Concat(chatroom.Members));
    }

    /// <summary>The index of the chatroom with this id, or -1.</summary>
    private int IndexOf(long id)
    {
        var index = FirstIndexAfter(id - 1);
        return index < _chatrooms.Count && _chatrooms[index].NumericId == id ? index : -1;
    }

    private int FirstIndexAfter(long id) => SortedLists.FirstIndexAfter(_chatrooms, id, chatroom => chatroom.NumericId);
}
