using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>
    /// The emulated app's data: users, chatrooms and global mutes. Thread-safe: every member takes one lock, so
    /// each call is atomic. The HTTP handlers use the same members as code that seeds or inspects state directly;
    /// a call the service would refuse throws an <see cref="ArgumentException"/> carrying the service's message.
    /// This file holds the users; the chatrooms and mutes are in the other parts of this class.
    /// </summary>
    public sealed partial class EmulatorStore
    {
        private readonly object gate = new object();
        private readonly string appKey;
        private readonly Dictionary<string, UserRecord> users = new Dictionary<string, UserRecord>(StringComparer.Ordinal);
        private long nextUserSequence;

        /// <param name="appKey">"org#app", for the app-quota message.</param>
        internal EmulatorStore(string appKey)
        {
            this.appKey = appKey;
            Groups = new EmulatorGroupStore(this);
        }

        /// <summary>The app's groups (their own state and lock).</summary>
        public EmulatorGroupStore Groups { get; }

        /// <summary>Registered user names (lower case), in registration order.</summary>
        public IReadOnlyList<string> Users
        {
            get
            {
                lock (gate)
                {
                    return usersInOrder.Select(u => u.Entity.Username).ToArray();
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

            lock (gate)
            {
                return users.ContainsKey(EmApiLimits.NormalizeUsername(username));
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

            var created = UnixTime.NowMilliseconds();
            lock (gate)
            {
                var batch = new HashSet<string>(StringComparer.Ordinal);
                var accepted = new List<UserDraft>(drafts.Count);
                foreach (var draft in drafts)
                {
                    var username = EmApiLimits.NormalizeUsername(draft.Username);
                    if (!users.ContainsKey(username) && batch.Add(username))
                    {
                        accepted.Add(draft);
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

                var entities = new List<UserEntity>(accepted.Count);
                foreach (var draft in accepted)
                {
                    var entity = new UserEntity(Guid.NewGuid(), EmApiLimits.NormalizeUsername(draft.Username), draft.Nickname, created);
                    var record = new UserRecord(entity, draft.Password, nextUserSequence++);
                    users.Add(entity.Username, record);
                    usersInOrder.Add(record);
                    entities.Add(entity);
                }

                return entities;
            }
        }

        /// <summary>
        /// Deletes a user, taking them out of every chatroom, the mute lists, allowlists, blocklists and super admins.
        /// A user who owns chatrooms is refused (403 forbidden_op) rather than leaving those chatrooms without an owner; the vendor does not
        /// document this case, so the emulator keeps it simple and strict.
        /// </summary>
        internal UserEntity DeleteUser(string username)
        {
            lock (gate)
            {
                if (!users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record))
                {
                    throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
                }

                var name = record.Entity.Username;
                if (record.OwnedChatroomCount > 0)
                {
                    throw new EmulatorApiException(ApiError.ForbiddenOperation($"user {name} owns chatrooms"));
                }

                foreach (var chatroomId in record.JoinedChatroomIds)
                {
                    var index = IndexOfChatroom(chatroomId);
                    chatrooms[index] = chatrooms[index].WithoutMember(name);
                    RemoveLeavingMemberAttributes(chatroomId, name);
                }

                mutedUsers.Remove(record);
                ForgetModerationOf(name);
                usersInOrder.RemoveAt(IndexOfUser(record.Sequence));
                users.Remove(name);
                return record.Entity;
            }
        }

        /// <summary>The user's record, or the service's resource_not_found for chatroom calls. Caller holds the lock.</summary>
        private UserRecord RequireChatroomUser(string normalizedUsername) =>
            users.TryGetValue(normalizedUsername, out var record)
                ? record
                : throw new EmulatorApiException(ApiError.UsernameDoesNotExist(normalizedUsername));
    }
}
