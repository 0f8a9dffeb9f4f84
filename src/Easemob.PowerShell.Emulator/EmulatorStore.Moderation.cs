using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// Chatroom membership and moderation: adding and removing members, admins, super admins, mutes and mute-all,
/// the allowlist and the blocklist, with the vendor's rules (blocked users are removed and cannot be added
/// back until unblocked; the owner can be neither removed nor blocked; mutes outlive membership).
/// </summary>
public sealed partial class EmulatorStore
{
    /// <summary>One user's outcome in a batch answer: <paramref name="Reason"/> is null on success.</summary>
    internal sealed record UserOutcome(string User, string? Reason);

    /// <summary>
    /// Adds registered users to the chatroom; a user already in it counts as added. A blocked user, or one
    /// past the chatroom's maxusers, is left out of the answer. An unknown user fails the whole call.
    /// </summary>
    /// <returns>The users now members, in the order given.</returns>
    internal IReadOnlyList<string> AddChatroomMembers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var names = usernames.Select(EmApiLimits.NormalizeUsername).Distinct().ToArray();
            foreach (var name in names)
            {
                RequireChatroomUser(name);
            }

            var state = _moderation.Of(chatroom);
            var current = new HashSet<string>(chatroom.Members, StringComparer.Ordinal);
            var added = new List<string>();
            var joining = new List<string>();
            foreach (var name in names)
            {
                if (name == chatroom.Owner || current.Contains(name))
                {
                    added.Add(name);
                }
                else if (!state.Blocked.Contains(name) && chatroom.AffiliationsCount + joining.Count < chatroom.MaxUsers)
                {
                    joining.Add(name);
                    added.Add(name);
                }
            }

            var joined = chatroom.WithMembers(joining);
            _chatrooms.Replace(joined);
            _chatrooms.Joined(joined, joining);

            return added;
        }
    }

    /// <summary>Removes members; per user, the reason it was not removed (not a member, or the owner).</summary>
    internal IReadOnlyList<UserOutcome> RemoveChatroomMembers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var current = new HashSet<string>(chatroom.Members, StringComparer.Ordinal);
            var outcomes = new List<UserOutcome>();
            var leaving = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in usernames.Select(EmApiLimits.NormalizeUsername).Distinct())
            {
                if (name == chatroom.Owner)
                {
                    outcomes.Add(new UserOutcome(name, $"user: {name} is the owner of group: {chatroom.Id} and cannot be removed"));
                }
                else if (!current.Contains(name))
                {
                    outcomes.Add(new UserOutcome(name, $"user: {name} doesn't exist in group: {chatroom.Id}"));
                }
                else
                {
                    leaving.Add(name);
                    outcomes.Add(new UserOutcome(name, null));
                }
            }

            LeaveLocked(chatroom, leaving);
            return outcomes;
        }
    }

    /// <summary>The chatroom's admins, in the order they were made admins.</summary>
    internal IReadOnlyList<string> ChatroomAdmins(string id)
    {
        lock (_gate)
        {
            return RequireChatroom(id).Admins.ToArray();
        }
    }

    internal void RemoveChatroomAdmin(string id, string username)
    {
        var name = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            RequireChatroomUser(name);
            if (!chatroom.Admins.Contains(name))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"user {name} is not an admin of chatroom {chatroom.Id}"));
            }

            _chatrooms.Replace(chatroom.WithoutAdmin(name));
        }
    }

    /// <summary>
    /// Mutes members for <paramref name="durationMilliseconds"/> (-1 permanent, 0 lifts the mute); every user
    /// must be a member. Returns each user's expiry in Unix ms (-1 permanent, 0 lifted).
    /// </summary>
    internal IReadOnlyList<(string User, long Expire)> MuteChatroomMembers(string id, IReadOnlyList<string> usernames, long durationMilliseconds)
    {
        var now = _clock.NowMilliseconds();
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var names = usernames.Select(EmApiLimits.NormalizeUsername).Distinct().ToArray();
            RequireMembers(chatroom, names);
            var state = _moderation.Of(chatroom);
            var expire = durationMilliseconds == ChatroomModeration.PermanentMute ? ChatroomModeration.PermanentMute
                : durationMilliseconds == 0 ? 0 : now + durationMilliseconds;
            foreach (var name in names)
            {
                if (expire == 0)
                {
                    state.Mutes.Remove(name);
                }
                else
                {
                    state.Mutes[name] = expire;
                }
            }

            return names.Select(n => (n, expire)).ToArray();
        }
    }

    /// <summary>Lifts mutes; lifting a mute that is not there succeeds too.</summary>
    internal IReadOnlyList<string> UnmuteChatroomMembers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var state = _moderation.Of(RequireChatroom(id));
            var names = usernames.Select(EmApiLimits.NormalizeUsername).Distinct().ToArray();
            foreach (var name in names)
            {
                state.Mutes.Remove(name);
            }

            return names;
        }
    }

    /// <summary>The mutes in force (expired ones dropped), as user and expiry in Unix ms (-1 permanent).</summary>
    public IReadOnlyList<(string User, long Expire)> ChatroomMutes(string id)
    {
        var now = _clock.NowMilliseconds();
        lock (_gate)
        {
            var state = _moderation.Of(RequireChatroom(id));
            foreach (var expired in state.Mutes.Where(m => m.Value != ChatroomModeration.PermanentMute && m.Value <= now).Select(m => m.Key).ToArray())
            {
                state.Mutes.Remove(expired);
            }

            return state.Mutes.Select(m => (m.Key, m.Value)).ToArray();
        }
    }

    /// <summary>Turns mute-all on or off; it leaves the mute list alone.</summary>
    internal void SetChatroomMuteAll(string id, bool muted)
    {
        lock (_gate)
        {
            _moderation.Of(RequireChatroom(id)).MuteAll = muted;
        }
    }

    /// <summary>Whether everyone but the allowlist is muted in the chatroom.</summary>
    public bool IsChatroomMutedAll(string id)
    {
        lock (_gate)
        {
            var chatroom = _chatrooms.Find(id);
            return chatroom != null && _moderation.Find(chatroom) is { MuteAll: true };
        }
    }

    /// <summary>The explicitly allowlisted users (the owner and admins are allowed without being listed).</summary>
    public IReadOnlyList<string> ChatroomAllowedUsers(string id)
    {
        lock (_gate)
        {
            return _moderation.Of(RequireChatroom(id)).Allowed.ToArray();
        }
    }

    /// <summary>Allowlists members; every user must be a member. Adding one already listed succeeds.</summary>
    internal IReadOnlyList<string> AllowChatroomUsers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var names = usernames.Select(EmApiLimits.NormalizeUsername).Distinct().ToArray();
            RequireMembers(chatroom, names);
            var allowed = _moderation.Of(chatroom).Allowed;
            allowed.AddRange(names.Where(n => !allowed.Contains(n)));
            return names;
        }
    }

    /// <summary>Takes users off the allowlist; per user, why not (not on it).</summary>
    internal IReadOnlyList<UserOutcome> DisallowChatroomUsers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var allowed = _moderation.Of(chatroom).Allowed;
            return usernames.Select(EmApiLimits.NormalizeUsername).Distinct()
                .Select(n => new UserOutcome(n, allowed.Remove(n) ? null : $"user: {n} is not in the whitelist of group: {chatroom.Id}"))
                .ToArray();
        }
    }

    public IReadOnlyList<string> ChatroomBlockedUsers(string id)
    {
        lock (_gate)
        {
            return _moderation.Of(RequireChatroom(id)).Blocked.ToArray();
        }
    }

    /// <summary>
    /// Blocks users: a member is removed first; the owner cannot be blocked and a non-member cannot either.
    /// Blocking one already blocked succeeds.
    /// </summary>
    internal IReadOnlyList<UserOutcome> BlockChatroomUsers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var blocked = _moderation.Of(chatroom).Blocked;
            var outcomes = new List<UserOutcome>();
            var leaving = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in usernames.Select(EmApiLimits.NormalizeUsername).Distinct())
            {
                if (name == chatroom.Owner)
                {
                    outcomes.Add(new UserOutcome(name, $"user: {name} is the owner of group: {chatroom.Id} and cannot be blocked"));
                    continue;
                }

                if (!blocked.Contains(name))
                {
                    if (!chatroom.HasMember(name))
                    {
                        outcomes.Add(new UserOutcome(name, $"users [{name}] are not members of this group!"));
                        continue;
                    }

                    leaving.Add(name);
                    blocked.Add(name);
                }

                outcomes.Add(new UserOutcome(name, null));
            }

            LeaveLocked(chatroom, leaving);
            return outcomes;
        }
    }

    /// <summary>Unblocks users; per user, why not (not blocked).</summary>
    internal IReadOnlyList<UserOutcome> UnblockChatroomUsers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var chatroom = RequireChatroom(id);
            var blocked = _moderation.Of(chatroom).Blocked;
            return usernames.Select(EmApiLimits.NormalizeUsername).Distinct()
                .Select(n => new UserOutcome(n, blocked.Remove(n) ? null : $"user: {n} is not in the blacklist of group: {chatroom.Id}"))
                .ToArray();
        }
    }

    /// <summary>The super admins (who may create chatrooms from the client), in the order they were made.</summary>
    public IReadOnlyList<string> ChatroomSuperAdmins
    {
        get
        {
            lock (_gate)
            {
                return _moderation.SuperAdmins.ToArray();
            }
        }
    }

    /// <summary>Makes a registered user a super admin; one already is stays one.</summary>
    internal void AddChatroomSuperAdmin(string username)
    {
        var name = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            RequireChatroomUser(name);
            if (!_moderation.SuperAdmins.Contains(name))
            {
                _moderation.SuperAdmins.Add(name);
            }
        }
    }

    internal void RemoveChatroomSuperAdmin(string username)
    {
        var name = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            RequireChatroomUser(name);
            if (!_moderation.SuperAdmins.Remove(name))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"user {name} is not a chatroom super admin"));
            }
        }
    }

    /// <summary>Refuses the whole call when some users are not members, naming them all. Caller holds the lock.</summary>
    private static void RequireMembers(EmulatorChatroom chatroom, IEnumerable<string> names)
    {
        var outsiders = names.Where(n => n != chatroom.Owner && !chatroom.HasMember(n)).ToArray();
        if (outsiders.Length > 0)
        {
            throw new EmulatorApiException(ApiError.NotMembers(outsiders));
        }
    }
}
