using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// The emulated app's data. Thread-safe: every member takes one lock, so each call is atomic. The HTTP
/// handlers use the same members as code that seeds or inspects state directly; a call the service would
/// refuse throws an <see cref="ArgumentException"/> carrying the service's message. Each family's data lives in
/// its own state object (State/*State.cs) behind that lock; the parts of this class apply the service's rules
/// to one family each, and app-wide changes (a user or chatroom deleted, members leaving) reach the other
/// families through their <see cref="StoreFamily"/> hooks. This file holds the users.
/// </summary>
public sealed partial class EmulatorStore
{
    private readonly object _gate = new object();
    private readonly string _appKey;
    private readonly IEmulatorClock _clock;
    private readonly UserState _users = new UserState();
    private readonly ChatroomState _chatrooms = new ChatroomState();
    private readonly ChatroomModerationState _moderation = new ChatroomModerationState();
    private readonly ChatroomContentState _contents = new ChatroomContentState();
    private readonly GlobalMuteState _globalMutes = new GlobalMuteState();
    private readonly MessageState _messages;
    private readonly UserProfileState _profiles = new UserProfileState();
    private readonly UserRelationState _relations = new UserRelationState();
    private readonly GroupState _groups = new GroupState();

    /// <summary>The families told of app-wide changes; a new family is added here.</summary>
    private readonly StoreFamily[] _families;

    /// <param name="appKey">"org#app", for the app-quota message.</param>
    /// <param name="clock">What mute expiries and creation times are read from.</param>
    internal EmulatorStore(string appKey, IEmulatorClock clock)
    {
        _appKey = appKey;
        _clock = clock;
        Groups = new EmulatorGroupStore(this, _gate, clock, _groups);
        _families = new StoreFamily[] { _moderation, _contents, _globalMutes, _profiles, _relations, _groups };
        _messages = new MessageState(clock.UtcNow);
        Messages = new EmulatorMessages(this);
    }

    /// <summary>The app's groups: the rules of the group calls over <see cref="GroupState"/>, behind the store's lock.</summary>
    public EmulatorGroupStore Groups { get; }

    /// <summary>Registered user names (lower case), in registration order.</summary>
    public IReadOnlyList<string> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.InOrder.Select(u => u.Entity.Username).ToArray();
            }
        }
    }

    /// <summary>Registers a user; the name is stored in lower case.</summary>
    public void AddUser(string username, string? password = null, string? nickname = null)
    {
        if (username == null)
        {
            throw new ArgumentNullException(nameof(username));
        }

        AddUsers(new[] { new UserDraft(username, password, nickname) });
    }

    public bool UserExists(string username)
    {
        if (username == null)
        {
            throw new ArgumentNullException(nameof(username));
        }

        lock (_gate)
        {
            return _users.Find(username) != null;
        }
    }

    /// <summary>
    /// Registers all the users or, if any is refused, none. With <paramref name="existing"/> (the batch register),
    /// a name already taken is not a refusal: it is skipped and added there, and the others are registered.
    /// </summary>
    internal IReadOnlyList<UserEntity> AddUsers(IReadOnlyList<UserDraft> drafts, List<string>? existing = null)
    {
        foreach (var draft in drafts)
        {
            if (!EmApiLimits.IsLegalUsername(draft.Username))
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"username [{draft.Username}] is not legal"));
            }
        }

        var created = _clock.NowMilliseconds();
        lock (_gate)
        {
            var batch = new HashSet<string>(StringComparer.Ordinal);
            var accepted = new List<(UserDraft Draft, string Username)>(drafts.Count);
            foreach (var draft in drafts)
            {
                var username = EmApiLimits.NormalizeUsername(draft.Username);
                if (!_users.Contains(username) && batch.Add(username))
                {
                    accepted.Add((draft, username));
                }
                else if (existing != null)
                {
                    existing.Add(username);
                }
                else
                {
                    throw new EmulatorApiException(ApiError.DuplicateUsername(username));
                }
            }

            return accepted.Select(a => _users.Add(new UserEntity(Guid.NewGuid(), a.Username, a.Draft.Nickname, created), a.Draft.Password).Entity).ToArray();
        }
    }

    /// <summary>
    /// Deletes a user, taking them out of every chatroom, the mute lists, allowlists, blocklists and super admins,
    /// with their attributes, contacts and block lists and their place in other users' lists.
    /// A user who owns chatrooms is refused (403 forbidden_op) rather than leaving those chatrooms without an owner; the vendor does not
    /// document this case, so the emulator keeps it simple and strict.
    /// </summary>
    internal UserEntity DeleteUser(string username)
    {
        lock (_gate)
        {
            var record = _users.Find(username) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
            var name = record.Entity.Username;
            if (_chatrooms.OwnedBy(name) > 0)
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"user {name} owns chatrooms"));
            }

            var leaving = new HashSet<string>(StringComparer.Ordinal) { name };
            foreach (var chatroomId in _chatrooms.JoinedBy(name).ToArray())
            {
                LeaveLocked(_chatrooms.At(chatroomId), leaving);
            }

            _users.Remove(record);
            foreach (var family in _families)
            {
                family.UserDeleted(name);
            }

            return record.Entity;
        }
    }

    /// <summary>The user's record, or the service's resource_not_found for chatroom calls. Caller holds the lock.</summary>
    private UserRecord RequireChatroomUser(string normalizedUsername) =>
        _users.Find(normalizedUsername) ?? throw new EmulatorApiException(ApiError.UsernameDoesNotExist(normalizedUsername));

    /// <summary>
    /// Takes members out (their admin role with them) and tells the families, which drop what does not outlive
    /// membership (attributes not kept); mutes stay. Caller holds the lock.
    /// </summary>
    private EmulatorChatroom LeaveLocked(EmulatorChatroom chatroom, ISet<string> leaving)
    {
        if (leaving.Count == 0)
        {
            return chatroom;
        }

        var left = chatroom.WithoutMembers(leaving);
        _chatrooms.Replace(left);
        _chatrooms.Left(left, leaving);
        foreach (var family in _families)
        {
            family.MembersLeft(left, leaving.ToArray());
        }

        return left;
    }
}
