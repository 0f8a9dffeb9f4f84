using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// The emulated app's groups with the documented rules: roles and the admin cap, mutes in milliseconds and
/// mute-all, allow and block lists, disabled groups refusing joins, member attributes with their limits, shared
/// files. The data is the store's <see cref="GroupState"/> family, read and changed under the store's one lock
/// (shared, so a user check and a group change are one atomic step). A refusal throws the service's error.
/// </summary>
public sealed class EmulatorGroupStore
{
    private const long PermanentMute = -1;

    private readonly object _gate;
    private readonly EmulatorStore _users;
    private readonly IEmulatorClock _clock;
    private readonly GroupState _state;

    internal EmulatorGroupStore(EmulatorStore users, object gate, IEmulatorClock clock, GroupState state)
    {
        _users = users;
        _gate = gate;
        _clock = clock;
        _state = state;
    }

    private List<GroupRecord> groups => _state.Groups;

    /// <summary>Every group id, oldest first.</summary>
    public IReadOnlyList<string> GroupIds
    {
        get
        {
            lock (_gate)
            {
                return groups.Select(g => g.Id).ToArray();
            }
        }
    }

    /// <summary>Creates a group directly, as a create call would (users must exist); returns its id.</summary>
    public string Add(string name, string owner, IEnumerable<string>? members = null, int maxUsers = EmApiLimits.DefaultGroupMaxUsers, bool isPublic = true)
    {
        var ownerName = EmApiLimits.NormalizeUsername(owner);
        return Create(new GroupRecord
        {
            Name = name,
            Owner = ownerName,
            MaxUsers = maxUsers,
            Public = isPublic,
            Members = (members ?? new string[0]).Select(EmApiLimits.NormalizeUsername).Where(m => m != ownerName).Distinct().ToList(),
        });
    }

    /// <summary>A snapshot of the group, or null when there is none with this id.</summary>
    public EmulatorGroup? FindGroup(string id)
    {
        lock (_gate)
        {
            var group = Find(id);
            return group == null ? null : new EmulatorGroup(group);
        }
    }

    /// <summary>
    /// Shares a file in a group as an upload would (the emulator takes no multipart uploads): for listing and
    /// removal. Returns the file id.
    /// </summary>
    public string AddFile(string groupId, string fileName, string fileOwner, long fileSize)
    {
        lock (_gate)
        {
            var group = Require(groupId);
            var file = new GroupFileRecord
            {
                FileId = "file" + (_state.NextFileNumber++).ToString(CultureInfo.InvariantCulture),
                FileName = fileName,
                FileOwner = EmApiLimits.NormalizeUsername(fileOwner),
                FileSize = fileSize,
                Created = _clock.NowMilliseconds(),
            };
            group.Files.Add(file);
            return file.FileId;
        }
    }

    // ---- Groups ----

    internal string Create(GroupRecord draft)
    {
        RequireUsers(new[] { draft.Owner }.Concat(draft.Members));
        lock (_gate)
        {
            draft.Id = (_state.NextGroupId++).ToString(CultureInfo.InvariantCulture);
            draft.Created = draft.LastModified = _clock.NowMilliseconds();
            groups.Add(draft);
            return draft.Id;
        }
    }

    /// <summary>A page of groups after the numeric id <paramref name="afterId"/>, oldest first.</summary>
    internal IReadOnlyList<GroupRecord> ListAfter(long afterId, int limit, out bool more)
    {
        lock (_gate)
        {
            var after = groups.Where(g => long.Parse(g.Id, CultureInfo.InvariantCulture) > afterId).ToList();
            more = after.Count > limit;
            return after.Take(limit).Select(Copy).ToArray();
        }
    }

    /// <summary>The user's groups (owned or joined), newest first, with their total.</summary>
    internal IReadOnlyList<GroupRecord> OfUser(string username, int skip, int take, out int total)
    {
        var user = EmApiLimits.NormalizeUsername(username);
        RequireUsers(new[] { user });
        lock (_gate)
        {
            var joined = groups.Where(g => g.IsMemberOrOwner(user)).Reverse().ToList();
            total = joined.Count;
            return joined.Skip(skip).Take(take).Select(Copy).ToArray();
        }
    }

    /// <summary>Copies of the groups with these ids, in the order asked; 404 for the first unknown one.</summary>
    internal IReadOnlyList<GroupRecord> Details(IReadOnlyList<string> ids)
    {
        lock (_gate)
        {
            return ids.Select(id => Copy(Find(id) ?? throw new EmulatorApiException(ApiError.GroupNotFound(id)))).ToArray();
        }
    }

    /// <summary>Applies the changes that passed the endpoint's checks, all or none.</summary>
    internal void Modify(string id, Action<GroupRecord> change)
    {
        lock (_gate)
        {
            var changed = Copy(Require(id));
            change(changed);
            if (changed.AffiliationsCount > changed.MaxUsers)
            {
                throw new EmulatorApiException(ApiError.ExceedLimit("maxusers is less than the member count"));
            }

            changed.LastModified = _clock.NowMilliseconds();
            groups[groups.FindIndex(g => g.Id == id)] = changed;
        }
    }

    internal void Delete(string id)
    {
        lock (_gate)
        {
            groups.Remove(Require(id));
        }
    }

    internal void SetDisabled(string id, bool disabled) => Modify(id, g => g.Disabled = disabled);

    internal bool IsMember(string id, string username)
    {
        var user = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            return Require(id).IsMemberOrOwner(user);
        }
    }

    internal void TransferOwner(string id, string newOwner)
    {
        var user = EmApiLimits.NormalizeUsername(newOwner);
        RequireUsers(new[] { user });
        lock (_gate)
        {
            var group = Require(id);
            if (group.Owner == user)
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation("new owner and old owner are the same"));
            }

            if (!group.Members.Contains(user))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"user: {user} doesn't exist in group: {id}"));
            }

            group.Members.Remove(user);
            group.Admins.Remove(user);
            group.Members.Add(group.Owner);
            group.Owner = user;
            group.LastModified = _clock.NowMilliseconds();
        }
    }

    // ---- Members ----

    /// <summary>Owner first, then members in joining order, each with "owner" or "member".</summary>
    internal IReadOnlyList<(string User, bool Owner)> Members(string id, int skip, int take)
    {
        lock (_gate)
        {
            var group = Require(id);
            return new[] { (group.Owner, true) }.Concat(group.Members.Select(m => (m, false))).Skip(skip).Take(take).ToArray();
        }
    }

    /// <summary>
    /// Adds users; answers the users that are members afterwards (already-members included). A disabled group
    /// refuses; a blocked user is left out; every user already a member is a 403, as is going above maxusers.
    /// </summary>
    internal IReadOnlyList<string> AddMembers(string id, IReadOnlyList<string> usernames)
    {
        var names = usernames.Select(EmApiLimits.NormalizeUsername).Distinct().ToList();
        RequireUsers(names);
        lock (_gate)
        {
            var group = Require(id);
            if (group.Disabled)
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"can not join this group, reason:group {id} is disabled"));
            }

            var joining = names.Where(u => !group.IsMemberOrOwner(u) && !group.Blocked.Contains(u)).ToList();
            var already = names.Where(group.IsMemberOrOwner).ToList();
            if (joining.Count == 0 && already.Count == names.Count)
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"can not join this group, reason:user: {already[0]} already in group: {id}\n"));
            }

            if (group.Members.Count + 1 + joining.Count > group.MaxUsers)
            {
                throw new EmulatorApiException(ApiError.MembersExceedMaxUsers());
            }

            group.Members.AddRange(joining);
            group.LastModified = _clock.NowMilliseconds();
            return already.Concat(joining).ToArray();
        }
    }

    /// <summary>Removes members; the owner and non-members are refused each in its own outcome.</summary>
    internal IReadOnlyList<EmulatorStore.UserOutcome> RemoveMembers(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var group = Require(id);
            var outcomes = new List<EmulatorStore.UserOutcome>();
            foreach (var user in usernames.Select(EmApiLimits.NormalizeUsername))
            {
                if (user == group.Owner)
                {
                    outcomes.Add(new EmulatorStore.UserOutcome(user, "forbidden operation on group owner!"));
                }
                else if (!group.Members.Remove(user))
                {
                    outcomes.Add(new EmulatorStore.UserOutcome(user, $"user: {user} doesn't exist in group: {id}"));
                }
                else
                {
                    GroupRecord.Leave(group, user);
                    outcomes.Add(new EmulatorStore.UserOutcome(user, null));
                }
            }

            group.LastModified = _clock.NowMilliseconds();
            return outcomes;
        }
    }

    // ---- Admins ----

    internal IReadOnlyList<string> Admins(string id)
    {
        lock (_gate)
        {
            return Require(id).Admins.ToArray();
        }
    }

    internal void AddAdmin(string id, string username)
    {
        var user = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            var group = Require(id);
            if (!group.Members.Contains(user))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation(user == group.Owner
                    ? "forbidden operation on group owner!"
                    : $"user: {user} doesn't exist in group: {id}"));
            }

            if (group.Admins.Contains(user))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"user:{user} is already admin of group:{id}"));
            }

            if (group.Admins.Count >= EmApiLimits.MaxGroupAdmins)
            {
                throw new EmulatorApiException(ApiError.ExceedLimit($"group {id} has too many admins, at most {EmApiLimits.MaxGroupAdmins}"));
            }

            group.Admins.Add(user);
        }
    }

    internal void RemoveAdmin(string id, string username)
    {
        var user = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            if (!Require(id).Admins.Remove(user))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation($"user:{user} is not admin of group:{id}"));
            }
        }
    }

    // ---- Mutes ----

    /// <summary>The mutes in force (expired ones are dropped), in muting order.</summary>
    internal IReadOnlyList<(string User, long Expire)> Mutes(string id)
    {
        var now = _clock.NowMilliseconds();
        lock (_gate)
        {
            var group = Require(id);
            foreach (var ended in group.Mutes.Where(m => m.Value != PermanentMute && m.Value <= now).Select(m => m.Key).ToList())
            {
                group.Mutes.Remove(ended);
            }

            return group.Mutes.Select(m => (m.Key, m.Value)).ToArray();
        }
    }

    /// <summary>Mutes members for <paramref name="milliseconds"/> (-1 permanent); the owner is refused, non-members fail each.</summary>
    internal IReadOnlyList<(string User, long Expire, string? Reason)> Mute(string id, IReadOnlyList<string> usernames, long milliseconds)
    {
        var expire = milliseconds == PermanentMute ? PermanentMute : _clock.NowMilliseconds() + milliseconds;
        lock (_gate)
        {
            var group = Require(id);
            var names = usernames.Select(EmApiLimits.NormalizeUsername).ToList();
            if (names.Contains(group.Owner))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation("forbidden operation on group owner!"));
            }

            var outcomes = new List<(string, long, string?)>();
            foreach (var user in names)
            {
                if (!group.Members.Contains(user))
                {
                    outcomes.Add((user, 0, $"user: {user} doesn't exist in group: {id}"));
                    continue;
                }

                group.Mutes[user] = expire;
                outcomes.Add((user, expire, null));
            }

            return outcomes;
        }
    }

    /// <summary>Lifts mutes; lifting one that is not there succeeds.</summary>
    internal IReadOnlyList<EmulatorStore.UserOutcome> Unmute(string id, IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            var group = Require(id);
            return usernames.Select(EmApiLimits.NormalizeUsername).Select(user =>
            {
                group.Mutes.Remove(user);
                return new EmulatorStore.UserOutcome(user, null);
            }).ToArray();
        }
    }

    internal void SetMuteAll(string id, bool muted) => Modify(id, g => g.MuteAll = muted);

    // ---- Allow and block lists ----

    internal IReadOnlyList<string> List(string id, bool blocked)
    {
        lock (_gate)
        {
            var group = Require(id);
            return (blocked ? group.Blocked : group.Allowed).ToArray();
        }
    }

    /// <summary>
    /// Adds users to the allowlist (members only) or blocklist (members only; blocking removes them from the
    /// group). The owner is refused; every other user gets its own outcome.
    /// </summary>
    internal IReadOnlyList<EmulatorStore.UserOutcome> AddToList(string id, IReadOnlyList<string> usernames, bool blocked)
    {
        lock (_gate)
        {
            var group = Require(id);
            var names = usernames.Select(EmApiLimits.NormalizeUsername).ToList();
            if (names.Contains(group.Owner))
            {
                throw new EmulatorApiException(ApiError.ForbiddenOperation("forbidden operation on group owner!"));
            }

            var list = blocked ? group.Blocked : group.Allowed;
            var outcomes = new List<EmulatorStore.UserOutcome>();
            foreach (var user in names)
            {
                if (!group.Members.Contains(user) && !list.Contains(user))
                {
                    outcomes.Add(new EmulatorStore.UserOutcome(user, $"user: {user} doesn't exist in group: {id}"));
                    continue;
                }

                if (!list.Contains(user))
                {
                    list.Add(user);
                }

                if (blocked && group.Members.Remove(user))
                {
                    GroupRecord.Leave(group, user);
                }

                outcomes.Add(new EmulatorStore.UserOutcome(user, null));
            }

            return outcomes;
        }
    }

    internal IReadOnlyList<EmulatorStore.UserOutcome> RemoveFromList(string id, IReadOnlyList<string> usernames, bool blocked)
    {
        lock (_gate)
        {
            var group = Require(id);
            var list = blocked ? group.Blocked : group.Allowed;
            return usernames.Select(EmApiLimits.NormalizeUsername).Select(user => list.Remove(user)
                ? new EmulatorStore.UserOutcome(user, null)
                : new EmulatorStore.UserOutcome(user, $"user: {user} is not in the {(blocked ? "blocklist" : "allowlist")} of group: {id}")).ToArray();
        }
    }

    // ---- Announcement and files ----

    internal string Announcement(string id)
    {
        lock (_gate)
        {
            return Require(id).Announcement;
        }
    }

    internal void SetAnnouncement(string id, string announcement)
    {
        lock (_gate)
        {
            Require(id).Announcement = announcement;
        }
    }

    internal IReadOnlyList<GroupFileRecord> Files(string id, int skip, int take)
    {
        lock (_gate)
        {
            return Require(id).Files.Skip(skip).Take(take).ToArray();
        }
    }

    internal void RemoveFile(string id, string fileId)
    {
        lock (_gate)
        {
            var group = Require(id);
            if (group.Files.RemoveAll(f => f.FileId == fileId) == 0)
            {
                throw new EmulatorApiException(ApiError.EntityNotFound($"file {fileId} does not exist in group {id}"));
            }
        }
    }

    // ---- Member attributes ----

    /// <summary>
    /// Sets attributes of several members, all or none: "" removes a key; keys up to 16 bytes, values up to 512,
    /// all of one member's up to 4 KB; every named user must be a member. Answers each member's attributes set.
    /// </summary>
    internal IReadOnlyList<(string User, IReadOnlyList<KeyValuePair<string, string>> Set)> SetMemberAttributes(string id,
        IReadOnlyList<(string User, IReadOnlyList<KeyValuePair<string, string>> Pairs)> changes)
    {
        foreach (var pair in changes.SelectMany(c => c.Pairs))
        {
            if (pair.Key.Length == 0 || Encoding.UTF8.GetByteCount(pair.Key) > EmApiLimits.MaxMemberAttributeKeyBytes)
            {
                throw new EmulatorApiException(ApiError.GroupMetadata(400, "exceeds chatgroup user metadata single key limit"));
            }

            if (Encoding.UTF8.GetByteCount(pair.Value) > EmApiLimits.MaxMemberAttributeValueBytes)
            {
                throw new EmulatorApiException(ApiError.GroupMetadata(400, "exceeds chatgroup user metadata single value limit"));
            }
        }

        lock (_gate)
        {
            var group = Find(id) ?? throw new EmulatorApiException(ApiError.GroupMetadata(404, "group not exists"));
            var outsiders = changes.Select(c => EmApiLimits.NormalizeUsername(c.User)).Where(u => !group.IsMemberOrOwner(u)).ToList();
            if (outsiders.Count > 0)
            {
                throw new EmulatorApiException(ApiError.GroupMetadata(400, "Some users are not in the group: " + string.Join(",", outsiders)));
            }

            var updated = new Dictionary<string, Dictionary<string, string>>();
            foreach (var change in changes)
            {
                var user = EmApiLimits.NormalizeUsername(change.User);
                var attributes = new Dictionary<string, string>(updated.TryGetValue(user, out var pending) ? pending
                    : group.MemberAttributes.TryGetValue(user, out var current) ? current : new Dictionary<string, string>(), StringComparer.Ordinal);
                foreach (var pair in change.Pairs)
                {
                    if (pair.Value.Length == 0) attributes.Remove(pair.Key);
                    else attributes[pair.Key] = pair.Value;
                }

                if (attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value)) > EmApiLimits.MaxMemberAttributesBytes)
                {
                    throw new EmulatorApiException(ApiError.GroupMetadata(400, "exceeds chatgroup user metadata total size limit"));
                }

                updated[user] = attributes;
            }

            foreach (var member in updated)
            {
                if (member.Value.Count == 0) group.MemberAttributes.Remove(member.Key);
                else group.MemberAttributes[member.Key] = member.Value;
            }

            return changes.Select(c => (EmApiLimits.NormalizeUsername(c.User),
                (IReadOnlyList<KeyValuePair<string, string>>)c.Pairs.Where(p => p.Value.Length > 0).ToArray())).ToArray();
        }
    }

    /// <summary>The attributes of members (those of <paramref name="keys"/>, or all when none); a member without any is left out.</summary>
    internal IReadOnlyList<(string User, IReadOnlyList<KeyValuePair<string, string>> Attributes)> MemberAttributes(string id, IReadOnlyList<string> usernames, IReadOnlyList<string> keys)
    {
        lock (_gate)
        {
            var group = Find(id) ?? throw new EmulatorApiException(ApiError.GroupMetadata(404, "group not exists"));
            var answer = new List<(string, IReadOnlyList<KeyValuePair<string, string>>)>();
            foreach (var user in usernames.Select(EmApiLimits.NormalizeUsername).Distinct())
            {
                if (!group.IsMemberOrOwner(user))
                {
                    throw new EmulatorApiException(ApiError.GroupMetadata(404, "user not in group"));
                }

                if (group.MemberAttributes.TryGetValue(user, out var attributes))
                {
                    answer.Add((user, attributes.Where(a => keys.Count == 0 || keys.Contains(a.Key)).ToArray()));
                }
            }

            return answer;
        }
    }

    // ---- State file ----

    /// <summary>Deep copies of every group, for the state file.</summary>
    internal List<GroupRecord> Snapshot()
    {
        lock (_gate)
        {
            return groups.Select(Copy).ToList();
        }
    }

    /// <summary>Checks and keeps the state file's groups; <paramref name="problem"/> throws for a bad record.</summary>
    /// <remarks>
    /// A group's users need not be registered: a deleted owner stays the owner (see <see cref="GroupState.UserDeleted"/>),
    /// so a saved app with such groups loads again.
    /// </remarks>
    internal void Load(List<GroupRecord>? saved, Action<string> problem)
    {
        var loaded = new List<GroupRecord>();
        foreach (var group in saved ?? new List<GroupRecord>())
        {
            if (group == null || !long.TryParse(group.Id, NumberStyles.None, CultureInfo.InvariantCulture, out _) || loaded.Any(g => g.Id == group.Id))
            {
                problem($"group id '{group?.Id}' is not a number, or is listed twice.");
                continue;
            }

            if (string.IsNullOrEmpty(group.Owner) || group.Members == null || group.Admins == null || group.Mutes == null || group.Allowed == null
                || group.Blocked == null || group.MemberAttributes == null || group.Files == null)
            {
                problem($"group {group.Id} has no owner or a list set to null.");
                continue;
            }

            if (group.Admins.Any(a => !group.Members.Contains(a)) || group.Admins.Count > EmApiLimits.MaxGroupAdmins)
            {
                problem($"group {group.Id} has admins that are not members, or more than {EmApiLimits.MaxGroupAdmins}.");
            }

            loaded.Add(group);
        }

        lock (_gate)
        {
            groups.AddRange(loaded.OrderBy(g => long.Parse(g.Id, CultureInfo.InvariantCulture)));
            _state.NextGroupId = Math.Max(GroupState.FirstGroupId, groups.Select(g => long.Parse(g.Id, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(GroupState.FirstGroupId).Max());
            _state.NextFileNumber = groups.SelectMany(g => g.Files).Count() + 1;
        }
    }

    // ---- Helpers (caller holds the lock where it reads groups) ----

    private GroupRecord? Find(string id) => groups.FirstOrDefault(g => g.Id == id);

    private GroupRecord Require(string id) => Find(id) ?? throw new EmulatorApiException(ApiError.GroupDoesNotExist(id));

    private void RequireUsers(IEnumerable<string> usernames)
    {
        foreach (var user in usernames)
        {
            if (!_users.UserExists(user))
            {
                throw new EmulatorApiException(ApiError.UsernameDoesNotExist(EmApiLimits.NormalizeUsername(user)));
            }
        }
    }

    private static GroupRecord Copy(GroupRecord g) => new GroupRecord
    {
        Id = g.Id, Name = g.Name, Description = g.Description, Owner = g.Owner, Avatar = g.Avatar, Public = g.Public,
        MembersOnly = g.MembersOnly, AllowInvites = g.AllowInvites, InviteNeedConfirm = g.InviteNeedConfirm, MaxUsers = g.MaxUsers,
        Custom = g.Custom, Created = g.Created, LastModified = g.LastModified, Disabled = g.Disabled, MuteAll = g.MuteAll,
        Announcement = g.Announcement, Members = g.Members.ToList(), Admins = g.Admins.ToList(),
        Mutes = new Dictionary<string, long>(g.Mutes), Allowed = g.Allowed.ToList(), Blocked = g.Blocked.ToList(),
        MemberAttributes = g.MemberAttributes.ToDictionary(m => m.Key, m => new Dictionary<string, string>(m.Value)),
        Files = g.Files.ToList(),
    };
}
