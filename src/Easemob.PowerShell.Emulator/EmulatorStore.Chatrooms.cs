using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>The chatrooms of the store.</summary>
    public sealed partial class EmulatorStore
    {
        /// <summary>
        /// The first chatroom id: 18 digits, past 2^53 and odd, so a client that turns ids into doubles corrupts
        /// them visibly instead of by luck landing on another valid id.
        /// </summary>
        private const long FirstChatroomId = 180_000_000_000_000_001;

        /// <summary>All chatrooms by ascending id, which is creation order: lookups and cursors binary-search it.</summary>
        private readonly List<EmulatorChatroom> chatrooms = new List<EmulatorChatroom>();
        private long nextChatroomId = FirstChatroomId;

        /// <summary>The numeric place of each chatroom whose create chose its id.</summary>
        private readonly Dictionary<string, long> chosenIds = new Dictionary<string, long>(StringComparer.Ordinal);

        /// <summary>A snapshot of every chatroom, in creation order.</summary>
        public IReadOnlyList<EmulatorChatroom> Chatrooms
        {
            get
            {
                lock (gate)
                {
                    return chatrooms.ToArray();
                }
            }
        }

        /// <summary>
        /// Creates a chatroom directly, without the HTTP call's limits and quota; only the users must exist.
        /// <paramref name="members"/> excludes the owner (an owner listed there is ignored).
        /// </summary>
        /// <returns>The new chatroom's id.</returns>
        public string AddChatroom(string name, string owner, string? description = null, int maxUsers = EmApiLimits.DefaultChatroomMaxUsers,
            IEnumerable<string>? members = null, string? custom = null)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (owner == null)
            {
                throw new ArgumentNullException(nameof(owner));
            }

            return CreateChatroom(new ChatroomDraft(name, owner, description, maxUsers, members, custom), quota: null).Id;
        }

        public EmulatorChatroom? FindChatroom(string id)
        {
            if (id == null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            lock (gate)
            {
                return FindChatroomLocked(id);
            }
        }

        /// <summary>Makes a member of the chatroom one of its admins (at most 99).</summary>
        public void AddChatroomAdmin(string chatroomId, string username)
        {
            if (chatroomId == null)
            {
                throw new ArgumentNullException(nameof(chatroomId));
            }

            if (username == null)
            {
                throw new ArgumentNullException(nameof(username));
            }

            var member = EmApiLimits.NormalizeUsername(username);
            lock (gate)
            {
                var chatroom = RequireChatroom(chatroomId);
                if (!chatroom.HasMember(member) || chatroom.Admins.Contains(member))
                {
                    throw new EmulatorApiException(ApiError.ForbiddenOperation($"user {member} is not an ordinary member of chatroom {chatroomId}"));
                }

                if (chatroom.Admins.Count >= EmApiLimits.MaxChatroomAdmins)
                {
                    throw new EmulatorApiException(ApiError.ExceedLimit($"chatroom {chatroomId} cannot have more than {EmApiLimits.MaxChatroomAdmins} admins"));
                }

                Replace(chatroom.WithAdmin(member));
            }
        }

        /// <param name="quota">Most chatrooms the app may hold, or null for no quota.</param>
        internal EmulatorChatroom CreateChatroom(ChatroomDraft draft, int? quota)
        {
            var created = DateTimeOffset.FromUnixTimeMilliseconds(clock.NowMilliseconds());
            lock (gate)
            {
                var owner = RequireChatroomUser(draft.Owner);
                var members = draft.Members.Select(RequireChatroomUser).ToArray();
                if (chatrooms.Count >= quota)
                {
                    throw new EmulatorApiException(ApiError.TooManyChatrooms(appKey));
                }

                if (draft.ChosenId != null && FindChatroomLocked(draft.ChosenId) != null)
                {
                    throw new EmulatorApiException(ApiError.IllegalArgument($"group ID {draft.ChosenId} already exists!"));
                }

                // A numeric id never repeats one that a create chose.
                while (chosenIds.ContainsKey(nextChatroomId.ToString(CultureInfo.InvariantCulture)))
                {
                    nextChatroomId++;
                }

                var numericId = nextChatroomId++;
                var chatroom = new EmulatorChatroom(numericId, draft.ChosenId ?? numericId.ToString(CultureInfo.InvariantCulture), draft.Name,
                    draft.Description, draft.Owner, draft.MaxUsers, draft.Members.ToArray(), Array.Empty<string>(), draft.Custom, created);
                chatrooms.Add(chatroom);
                if (draft.ChosenId != null)
                {
                    chosenIds.Add(draft.ChosenId, numericId);
                }

                owner.OwnedChatroomCount++;
                owner.JoinedChatroomIds.Add(chatroom.NumericId);
                foreach (var member in members)
                {
                    member.JoinedChatroomIds.Add(chatroom.NumericId);
                }

                return chatroom;
            }
        }

        /// <summary>Up to <paramref name="limit"/> chatrooms with an id above <paramref name="afterId"/>, in id order.</summary>
        /// <param name="more">Whether chatrooms follow the page.</param>
        internal IReadOnlyList<EmulatorChatroom> ListChatroomsAfter(long afterId, int limit, out bool more)
        {
            lock (gate)
            {
                var start = FirstIndexAfter(afterId);
                var count = Math.Min(limit, chatrooms.Count - start);
                more = start + count < chatrooms.Count;
                return chatrooms.GetRange(start, count);
            }
        }

        /// <summary>The chatrooms with the given ids, in the same order, null for an unknown id; one consistent read.</summary>
        internal IReadOnlyList<EmulatorChatroom?> FindChatrooms(IReadOnlyList<string> ids)
        {
            lock (gate)
            {
                return ids.Select(FindChatroomLocked).ToArray();
            }
        }

        /// <summary>Changes the given details (null: unchanged); maxUsers may not drop below the current member count.</summary>
        internal void ModifyChatroom(string id, string? name, string? description, int? maxUsers)
        {
            lock (gate)
            {
                var chatroom = RequireChatroom(id);
                if (maxUsers < chatroom.AffiliationsCount)
                {
                    throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
                }

                Replace(chatroom.WithDetails(name ?? chatroom.Name, description ?? chatroom.Description, maxUsers ?? chatroom.MaxUsers));
            }
        }

        /// <summary>
        /// Makes <paramref name="newOwner"/> the owner; the old owner stays as a member. The vendor describes
        /// handing over to a member; a registered non-member is accepted too and joins, if the chatroom has room.
        /// </summary>
        internal void TransferChatroom(string id, string newOwner)
        {
            var username = EmApiLimits.NormalizeUsername(newOwner);
            lock (gate)
            {
                var chatroom = RequireChatroom(id);
                var next = RequireChatroomUser(username);
                if (chatroom.Owner == username)
                {
                    throw new EmulatorApiException(ApiError.ForbiddenOperation("new owner and old owner are the same"));
                }

                var joins = !chatroom.HasMember(username);
                if (joins && chatroom.AffiliationsCount >= chatroom.MaxUsers)
                {
                    throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
                }

                Replace(chatroom.WithOwner(username));
                users[chatroom.Owner].OwnedChatroomCount--;
                next.OwnedChatroomCount++;
                if (joins)
                {
                    next.JoinedChatroomIds.Add(chatroom.NumericId);
                }
            }
        }

        internal void DeleteChatroom(string id)
        {
            lock (gate)
            {
                var chatroom = RequireChatroom(id);
                chatrooms.RemoveAt(IndexOfChatroom(chatroom.NumericId));
                moderation.Remove(chatroom.NumericId);
                chosenIds.Remove(chatroom.Id);
                chatroomContents.Remove(chatroom.NumericId);
                var owner = users[chatroom.Owner];
                owner.OwnedChatroomCount--;
                owner.JoinedChatroomIds.Remove(chatroom.NumericId);
                foreach (var member in chatroom.Members)
                {
                    users[member].JoinedChatroomIds.Remove(chatroom.NumericId);
                }
            }
        }

        /// <summary>The chatrooms the user is in, most recently joined first, or null for an unknown user.</summary>
        internal IReadOnlyList<EmulatorChatroom>? JoinedChatrooms(string username, int skip, int take)
        {
            lock (gate)
            {
                if (!users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record))
                {
                    return null;
                }

                var joined = record.JoinedChatroomIds;
                var page = new List<EmulatorChatroom>();
                for (var i = joined.Count - 1 - skip; i >= 0 && page.Count < take; i--)
                {
                    page.Add(chatrooms[IndexOfChatroom(joined[i])]);
                }

                return page;
            }
        }

        /// <summary>The chatroom, or the service's "grpID … does not exist!". Caller holds the lock.</summary>
        private EmulatorChatroom RequireChatroom(string id) =>
            FindChatroomLocked(id) ?? throw new EmulatorApiException(ApiError.GroupDoesNotExist(id));

        /// <summary>Caller holds the lock.</summary>
        private EmulatorChatroom? FindChatroomLocked(string id)
        {
            if (!chosenIds.TryGetValue(id, out var numericId) && !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out numericId))
            {
                return null;
            }

            var index = IndexOfChatroom(numericId);
            // A chatroom with a chosen id is not found by its numeric place.
            return index < 0 || chatrooms[index].Id != id ? null : chatrooms[index];
        }

        /// <summary>Puts a changed chatroom in the place of the old one. Caller holds the lock.</summary>
        private void Replace(EmulatorChatroom chatroom) => chatrooms[IndexOfChatroom(chatroom.NumericId)] = chatroom;

        /// <summary>The index of the chatroom with this id, or -1. Caller holds the lock.</summary>
        private int IndexOfChatroom(long id)
        {
            var index = FirstIndexAfter(id - 1);
            return index < chatrooms.Count && chatrooms[index].NumericId == id ? index : -1;
        }

        /// <summary>The index of the first chatroom with an id above <paramref name="id"/>. Caller holds the lock.</summary>
        private int FirstIndexAfter(long id) => SortedLists.FirstIndexAfter(chatrooms, id, chatroom => chatroom.NumericId);
    }
}
