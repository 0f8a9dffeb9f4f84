using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Easemob.PowerShell.Emulator.State
{
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
        private readonly List<EmulatorChatroom> chatrooms = new List<EmulatorChatroom>();

        /// <summary>The numeric place of each chatroom whose create chose its id.</summary>
        private readonly Dictionary<string, long> chosenIds = new Dictionary<string, long>(StringComparer.Ordinal);

        /// <summary>Per user, the chatrooms they are in (as owner or member), oldest join first.</summary>
        private readonly Dictionary<string, List<long>> joined = new Dictionary<string, List<long>>(StringComparer.Ordinal);

        /// <summary>Per user, how many chatrooms they own.</summary>
        private readonly Dictionary<string, int> owned = new Dictionary<string, int>(StringComparer.Ordinal);

        private long nextId = FirstId;

        public int Count => chatrooms.Count;

        public IReadOnlyList<EmulatorChatroom> All => chatrooms;

        public EmulatorChatroom? Find(string id)
        {
            if (!chosenIds.TryGetValue(id, out var numericId) && !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out numericId))
            {
                return null;
            }

            var index = IndexOf(numericId);
            // A chatroom with a chosen id is not found by its numeric place.
            return index < 0 || chatrooms[index].Id != id ? null : chatrooms[index];
        }

        public EmulatorChatroom At(long numericId) => chatrooms[IndexOf(numericId)];

        /// <summary>The numeric id of the next create; it never repeats one that a create chose.</summary>
        public long TakeNextId()
        {
            while (chosenIds.ContainsKey(nextId.ToString(CultureInfo.InvariantCulture)))
            {
                nextId++;
            }

            return nextId++;
        }

        /// <summary>Adds a new chatroom (the highest id so far) with its owner and members.</summary>
        public void Add(EmulatorChatroom chatroom)
        {
            chatrooms.Add(chatroom);
            Index(chatroom);
        }

        /// <summary>Takes loaded chatrooms into an empty state; indexed in the order given (the file's), kept in id order.</summary>
        public void Restore(IReadOnlyList<EmulatorChatroom> loaded, long next)
        {
            foreach (var chatroom in loaded)
            {
                Index(chatroom);
            }

            chatrooms.AddRange(loaded.OrderBy(c => c.NumericId));
            nextId = next;
        }

        /// <summary>Puts a changed chatroom in the place of the old one.</summary>
        public void Replace(EmulatorChatroom chatroom) => chatrooms[IndexOf(chatroom.NumericId)] = chatroom;

        public void Remove(EmulatorChatroom chatroom)
        {
            chatrooms.RemoveAt(IndexOf(chatroom.NumericId));
            chosenIds.Remove(chatroom.Id);
            owned[chatroom.Owner]--;
            Left(chatroom, new[] { chatroom.Owner }.Concat(chatroom.Members));
        }

        /// <summary>Records users who joined the chatroom (its member list is the caller's to change).</summary>
        public void Joined(EmulatorChatroom chatroom, IEnumerable<string> usernames)
        {
            foreach (var name in usernames)
            {
                if (!joined.TryGetValue(name, out var list))
                {
                    list = new List<long>();
                    joined.Add(name, list);
                }

                list.Add(chatroom.NumericId);
            }
        }

        /// <summary>Records users who left the chatroom.</summary>
        public void Left(EmulatorChatroom chatroom, IEnumerable<string> usernames)
        {
            foreach (var name in usernames)
            {
                if (joined.TryGetValue(name, out var list))
                {
                    list.Remove(chatroom.NumericId);
                }
            }
        }

        public void OwnerChanged(string previous, string next)
        {
            owned[previous]--;
            owned[next] = OwnedBy(next) + 1;
        }

        /// <summary>The ids of the chatrooms the user is in, oldest join first.</summary>
        public IReadOnlyList<long> JoinedBy(string username) =>
            joined.TryGetValue(username, out var list) ? list : (IReadOnlyList<long>)Array.Empty<long>();

        public int OwnedBy(string username) => owned.TryGetValue(username, out var count) ? count : 0;

        /// <summary>Up to <paramref name="limit"/> chatrooms with an id above <paramref name="afterId"/>, in id order.</summary>
        public IReadOnlyList<EmulatorChatroom> ListAfter(long afterId, int limit, out bool more)
        {
            var start = FirstIndexAfter(afterId);
            var count = Math.Min(limit, chatrooms.Count - start);
            more = start + count < chatrooms.Count;
            return chatrooms.GetRange(start, count);
        }

        private void Index(EmulatorChatroom chatroom)
        {
            if (chatroom.Id != chatroom.NumericId.ToString(CultureInfo.InvariantCulture))
            {
                chosenIds.Add(chatroom.Id, chatroom.NumericId);
            }

            owned[chatroom.Owner] = OwnedBy(chatroom.Owner) + 1;
            Joined(chatroom, new[] { chatroom.Owner }.Concat(chatroom.Members));
        }

        /// <summary>The index of the chatroom with this id, or -1.</summary>
        private int IndexOf(long id)
        {
            var index = FirstIndexAfter(id - 1);
            return index < chatrooms.Count && chatrooms[index].NumericId == id ? index : -1;
        }

        private int FirstIndexAfter(long id) => SortedLists.FirstIndexAfter(chatrooms, id, chatroom => chatroom.NumericId);
    }
}
