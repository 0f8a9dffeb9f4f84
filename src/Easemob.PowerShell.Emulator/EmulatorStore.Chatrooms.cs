using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>The chatrooms of the store.</summary>
public sealed partial class EmulatorStore
{
    /// <summary>A snapshot of every chatroom, in creation order.</summary>
    public IReadOnlyList<EmulatorChatroom> Chatrooms
    {
        get
        {
            lock (_gate)
            {
                return _chatrooms.All.ToArray();
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

        lock (_gate)
        {
            return _chatrooms.Find(id);
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
        lock (_gate)
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

            _chatrooms.Replace(chatroom.WithAdmin(member));
        }
    }

    /// <param name="quota">Most chatrooms the app may hold, or null for no quota.</param>
    internal EmulatorChatroom CreateChatroom(ChatroomDraft draft, int? quota)
    {
        var created = DateTimeOffset.FromUnixTimeMilliseconds(_clock.NowMilliseconds());
        lock (_gate)
        {
            RequireChatroomUser(draft.Owner);
            foreach (var member in draft.Members)
            {
                RequireChatroomUser(member);
            }

            if (_chatrooms.Count >= quota)
            {
                throw new EmulatorApiException(ApiError.TooManyChatrooms(_appKey));
            }

            if (draft.ChosenId != null && _chatrooms.Find(draft.ChosenId) != null)
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"group ID {draft.ChosenId} already exists!"));
            }

            var numericId = _chatrooms.TakeNextId();
            var chatroom = new EmulatorChatroom(numericId, draft.ChosenId ?? numericId.ToString(CultureInfo.InvariantCulture), draft.Name,
                draft.Description, draft.Owner, draft.MaxUsers, draft.Members.ToArray(), Array.Empty<string>(), draft.Custom, created);
            _chatrooms.Add(chatroom);
            return chatroom;
        }
    }

    /// <summary>Up to <paramref name="limit"/> chatrooms with an id above <paramref name="afterId"/>, in id order.</summary>
    /// <param name="more">Whether chatrooms follow the page.</param>
    internal IReadOnlyList<EmulatorChatroom> ListChatroomsAfter(long afterId, int limit, out bool more)
    {
        lock (_gate)
        {
            return _chatrooms.ListAfter(afterId, limit, out more);
        }
    }

    /// <summary>
    /// The chatrooms with the given ids, in the same order, each with whether mute-all is on; null for an
    /// unknown id. One consistent read.
    /// </summary>
    internal IReadOnlyList<(EmulatorChatroom Chatroom, bool MutedAll)?> FindChatroomDetails(IReadOnlyList<string> ids)
    {
        lock (_gate)
        {
            return ids.Select(id => _chatrooms.Find(id) is { } chatroom
                ? (chatroom, _moderation.Find(chatroom) is { MuteAll: true })
                : ((EmulatorChatroom, bool)?)null).ToArray();
        }
    }

    /// <summary>Changes the given details (null: unchanged); maxUsers may not drop below the current member count.</summary>
    internal void ModifyChatroom(string id, string? name, string? description, int? maxUsers)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            if (maxUsers < chatroom.AffiliationsCount)
            {
                throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
            }

            _chatrooms.Replace(chatroom.WithDetails(name ?? chatroom.Name, description ?? chatroom.Description, maxUsers ?? chatroom.MaxUsers));
        }
    }

    /// <summary>
    /// Makes <paramref name="newOwner"/> the owner; the old owner stays as a member. The vendor describes
    /// handing over to a member; a registered non-member is accepted too and joins, if the chatroom has room.
    /// </summary>
    internal void TransferChatroom(string id, string newOwner)
    {
        var username = EmApiLimits.NormalizeUsername(newOwner);
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            RequireChatroomUser(username);
            if (chatroom.Owner == username)
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation("new owner and old owner are the same"));
            }

            var joins = !chatroom.HasMember(username);
            if (joins && chatroom.AffiliationsCount >= chatroom.MaxUsers)
            {
                throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
            }

            var transferred = chatroom.WithOwner(username);
            _chatrooms.Replace(transferred);
            _chatrooms.OwnerChanged(chatroom.Owner, username);
            if (joins)
            {
                _chatrooms.Joined(transferred, new[] { username });
            }
        }
    }

    internal void DeleteChatroom(string id)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            _chatrooms.Remove(chatroom);
            foreach (var family in _families)
            {
                family.ChatroomDeleted(chatroom);
            }
        }
    }

    /// <summary>The chatrooms the user is in, most recently joined first, or null for an unknown user.</summary>
    internal IReadOnlyList<EmulatorChatroom>? JoinedChatrooms(string username, int skip, int take)
    {
        lock (_gate)
        {
            if (_users.Find(username) is not { } record)
            {
                return null;
            }

            var joined = _chatrooms.JoinedBy(record.Entity.Username);
            var page = new List<EmulatorChatroom>();
            for (var i = joined.Count - 1 - skip; i >= 0 && page.Count < take; i--)
            {
                page.Add(_chatrooms.At(joined[i]));
            }

            return page;
        }
    }

    /// <summary>The chatroom, or the service's "grpID … does not exist!". Caller holds the lock.</summary>
    private EmulatorChatroom RequireChatroom(string id) =>
        _chatrooms.Find(id) ?? throw new EmulatorApiException(ApiError.GroupDoesNotExist(id));
}
