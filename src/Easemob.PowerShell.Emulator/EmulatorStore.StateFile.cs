using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>The store's records to and from a state file (<see cref="StateFileDocument"/>): the one mapping of both.</summary>
public sealed partial class EmulatorStore
{
    /// <summary>Every record as a state file document, one consistent snapshot.</summary>
    internal StateFileDocument ToStateFile()
    {
        lock (_gate)
        {
            var document = new StateFileDocument
            {
                Format = StateFileDocument.FormatMarker,
                Version = StateFileDocument.CurrentVersion,
                // Online devices are not saved: they are a live session, and a restarted service has nobody logged in.
                Users = _users.InOrder.Select(u => new StateFileUser
                {
                    Username = u.Entity.Username,
                    Uuid = u.Entity.Uuid.ToString(),
                    Nickname = u.Entity.Nickname,
                    Created = u.Entity.CreatedMilliseconds,
                    Activated = u.Activated,
                }).ToList(),
                Chatrooms = _chatrooms.All.Select(ToStateFile).ToList(),
                GlobalMutes = _globalMutes.InOrder.Select(m => new StateFileGlobalMute
                {
                    Username = m.Username,
                    Chat = m.MuteDeadline(GlobalMuteScope.Chat),
                    GroupChat = m.MuteDeadline(GlobalMuteScope.GroupChat),
                    Chatroom = m.MuteDeadline(GlobalMuteScope.Chatroom),
                }).ToList(),
                SuperAdmins = _moderation.SuperAdmins.ToList(),
                Groups = Groups.Snapshot(),
                UserAttributes = _profiles.All.Select(a => new StateFileUserAttributes { Username = a.Key, Attributes = new Dictionary<string, string>(a.Value) }).ToList(),
            };
            (document.Contacts, document.BlockedUsers) = _relations.ToStateFile();
            return document;
        }
    }

    /// <summary>One chatroom with its moderation and content. Caller holds the lock.</summary>
    private StateFileChatroom ToStateFile(EmulatorChatroom chatroom)
    {
        var state = _moderation.Find(chatroom) ?? new ChatroomModeration();
        var content = _contents.Find(chatroom) ?? new ChatroomContent();
        return new StateFileChatroom
        {
            Id = chatroom.Id,
            Name = chatroom.Name,
            Description = chatroom.Description,
            Owner = chatroom.Owner,
            MaxUsers = chatroom.MaxUsers,
            Members = chatroom.Members.ToList(),
            Admins = chatroom.Admins.ToList(),
            Custom = chatroom.Custom,
            Created = chatroom.Created.ToUnixTimeMilliseconds(),
            Mutes = state.Mutes.Select(m => new StateFileChatroomMute { Username = m.Key, Expire = m.Value }).ToList(),
            MuteAll = state.MuteAll,
            Allowed = state.Allowed.ToList(),
            Blocked = state.Blocked.ToList(),
            Announcement = content.Announcement,
            Attributes = content.Attributes.Select(a => new StateFileChatroomAttribute
            {
                Key = a.Key,
                Value = a.Value.Value,
                Owner = a.Value.Owner,
                KeepAfterOwnerLeaves = !a.Value.DeleteWhenOwnerLeaves,
            }).ToList(),
        };
    }

    /// <summary>
    /// Fills this empty store from a state file's <paramref name="document"/>, read from <paramref name="path"/>.
    /// Every record is checked before any is kept: a bad one throws <see cref="EmulatorStateFileException"/>
    /// and leaves the store empty.
    /// </summary>
    internal void LoadState(StateFileDocument document, string path)
    {
        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new EmulatorStateFileException(path, problem);
            }
        }

        var now = _clock.NowMilliseconds();
        var loadedUsers = new Dictionary<string, UserRecord>(StringComparer.Ordinal);
        foreach (var user in document.Users ?? new List<StateFileUser>())
        {
            Require(user?.Username != null && EmApiLimits.IsLegalUsername(user.Username),
                $"user name '{user?.Username}' is not legal: 1 to 64 of a-z, A-Z, 0-9, '_', '.', '-'.");
            var name = EmApiLimits.NormalizeUsername(user!.Username!);
            var uuid = Guid.NewGuid();
            Require(user.Uuid == null || Guid.TryParse(user.Uuid, out uuid), $"user '{name}' has uuid '{user.Uuid}', which is not a UUID.");
            Require(!loadedUsers.ContainsKey(name), $"user '{name}' is listed twice.");
            loadedUsers.Add(name, new UserRecord(new UserEntity(uuid, name, user.Nickname, user.Created ?? now), null, loadedUsers.Count)
            {
                Activated = user.Activated ?? true,
            });
        }

        string LoadedUser(string? username, string role)
        {
            var name = username == null ? null : EmApiLimits.NormalizeUsername(username);
            Require(name != null && loadedUsers.ContainsKey(name), $"{role} '{username}' is not one of the file's users.");
            return name!;
        }

        // A list of the file's users, each listed once.
        IReadOnlyList<string> LoadedUserList(List<string>? usernames, string role)
        {
            var listed = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<string>();
            foreach (var username in usernames ?? new List<string>())
            {
                var name = LoadedUser(username, role);
                Require(listed.Add(name), $"{role} '{name}' is listed twice.");
                list.Add(name);
            }

            return list;
        }

        // Null when the chatroom has no mutes, mute-all, allowlist or blocklist (the store keeps no entry then).
        ChatroomModeration? LoadedModeration(StateFileChatroom saved, EmulatorChatroom chatroom)
        {
            var state = new ChatroomModeration { MuteAll = saved.MuteAll ?? false };
            foreach (var mute in saved.Mutes ?? new List<StateFileChatroomMute>())
            {
                var name = LoadedUser(mute?.Username, $"chatroom {chatroom.Id}: muted user");
                Require(!state.Mutes.ContainsKey(name), $"chatroom {chatroom.Id}: muted user '{name}' is listed twice.");
                Require(mute!.Expire == ChatroomModeration.PermanentMute || mute.Expire > 0,
                    $"chatroom {chatroom.Id}: muted user '{name}' has expire {mute.Expire?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}; it must be -1 or when the mute ends in Unix milliseconds.");
                state.Mutes.Add(name, mute.Expire!.Value);
            }

            state.Allowed.AddRange(LoadedUserList(saved.Allowed, $"chatroom {chatroom.Id}: allowlisted user"));
            foreach (var name in LoadedUserList(saved.Blocked, $"chatroom {chatroom.Id}: blocked user"))
            {
                // Only members are checked: a transfer may hand the chatroom to a blocked user, and what the store holds must load.
                Require(!chatroom.HasMember(name), $"chatroom {chatroom.Id}: blocked user '{name}' is a member; blocking takes a user out.");
                state.Blocked.Add(name);
            }

            return state.MuteAll || state.Mutes.Count > 0 || state.Allowed.Count > 0 || state.Blocked.Count > 0 ? state : null;
        }

        // Null when the chatroom has no announcement and no attributes (the store keeps no entry then).
        ChatroomContent? LoadedContent(StateFileChatroom saved, EmulatorChatroom chatroom)
        {
            var content = new ChatroomContent { Announcement = saved.Announcement ?? string.Empty };
            Require(EmApiLimits.AnnouncementLength(content.Announcement) <= EmApiLimits.MaxAnnouncementLength,
                $"chatroom {chatroom.Id}: the announcement has {EmApiLimits.AnnouncementLength(content.Announcement)} characters; at most {EmApiLimits.MaxAnnouncementLength} are allowed.");
            foreach (var attribute in saved.Attributes ?? new List<StateFileChatroomAttribute>())
            {
                Require(attribute?.Key != null && attribute.Value != null, $"chatroom {chatroom.Id}: an attribute has no key or no value.");
                var key = attribute!.Key!;
                Require(!content.Attributes.ContainsKey(key), $"chatroom {chatroom.Id}: attribute '{key}' is listed twice.");
                Require(attribute.Owner != null && EmApiLimits.IsLegalUsername(attribute.Owner),
                    $"chatroom {chatroom.Id}: attribute '{key}' has owner '{attribute.Owner}', which is not a legal user name.");
                var owner = EmApiLimits.NormalizeUsername(attribute.Owner!);
                var keep = attribute.KeepAfterOwnerLeaves ?? false;
                Require(keep || owner == chatroom.Owner || chatroom.HasMember(owner),
                    $"chatroom {chatroom.Id}: attribute '{key}' is owned by '{owner}', who is not in the chatroom; only an attribute with keepAfterOwnerLeaves outlives its owner's membership.");
                var refusal = AttributeRefusal(content, key, attribute.Value!, owner, forced: true);
                Require(refusal == null, $"chatroom {chatroom.Id}: {refusal}.");
                content.Attributes.Add(key, new ChatroomAttribute(attribute.Value!, owner, DeleteWhenOwnerLeaves: !keep));
            }

            return content.Announcement.Length > 0 || content.Attributes.Count > 0 ? content : null;
        }

        // Each id is read once: a numeric one is kept, a chosen one checked; ids given out next follow the highest numeric one.
        var savedChatrooms = document.Chatrooms ?? new List<StateFileChatroom>();
        var numericIds = new long?[savedChatrooms.Count];
        var nextId = ChatroomState.FirstId;
        for (var i = 0; i < savedChatrooms.Count; i++)
        {
            var savedId = savedChatrooms[i]?.Id;
            if (savedId == null)
            {
                continue;
            }

            if (long.TryParse(savedId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                Require(id > 0, $"chatroom id '{savedId}' is not a positive number.");
                numericIds[i] = id;
                nextId = Math.Max(nextId, id + 1);
            }
            else
            {
                Require(EmApiLimits.IsValidChosenChatroomId(savedId), $"chatroom id '{savedId}' is neither a positive number nor a chosen id (1 to {EmApiLimits.MaxChosenChatroomIdLength} of a-z and 0-9).");
            }
        }

        var loadedChatrooms = new List<EmulatorChatroom>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var loadedModeration = new List<(EmulatorChatroom Chatroom, ChatroomModeration State)>();
        var loadedContents = new List<(EmulatorChatroom Chatroom, ChatroomContent Content)>();
        for (var i = 0; i < savedChatrooms.Count; i++)
        {
            var chatroom = savedChatrooms[i];
            Require(chatroom != null, "a chatroom is null.");
            // A chosen id (roomid) keeps a numeric id of its own inside the store, as a created one does.
            var chosenId = chatroom!.Id != null && numericIds[i] == null ? chatroom.Id : null;
            var id = numericIds[i] ?? nextId++;
            var shownId = chosenId ?? id.ToString(CultureInfo.InvariantCulture);
            Require(chosenId == null || usedIds.Add(chosenId), $"chatroom id {chosenId} is used twice.");
            Require(!string.IsNullOrEmpty(chatroom.Name), $"chatroom {id} has no name.");
            Require(chosenId != null || usedIds.Add(shownId), $"chatroom id {id} is used twice.");
            var owner = LoadedUser(chatroom.Owner, $"the owner of chatroom {id},");
            var draft = new ChatroomDraft(chatroom.Name!, owner, chatroom.Description,
                chatroom.MaxUsers ?? EmApiLimits.DefaultChatroomMaxUsers, chatroom.Members, chatroom.Custom);
            foreach (var member in draft.Members)
            {
                LoadedUser(member, $"member of chatroom {id}");
            }

            var admins = (chatroom.Admins ?? new List<string>()).Select(EmApiLimits.NormalizeUsername).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var admin in admins)
            {
                Require(draft.Members.Contains(admin), $"admin '{admin}' of chatroom {id} is not one of its members.");
            }

            Require(ChatroomDraft.IsValidMaxUsers(draft.MaxUsers),
                $"chatroom {id} has maxUsers {draft.MaxUsers}; it must be 1 to {EmApiLimits.MaxChatroomMaxUsers}.");
            var loaded = new EmulatorChatroom(id, shownId, draft.Name, draft.Description, draft.Owner, draft.MaxUsers,
                draft.Members.ToArray(), admins, draft.Custom, DateTimeOffset.FromUnixTimeMilliseconds(chatroom.Created ?? now));
            loadedChatrooms.Add(loaded);
            if (LoadedModeration(chatroom, loaded) is { } state)
            {
                loadedModeration.Add((loaded, state));
            }

            if (LoadedContent(chatroom, loaded) is { } content)
            {
                loadedContents.Add((loaded, content));
            }
        }

        var loadedMutes = new List<GlobalMuteSetting>();
        var mutedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mute in document.GlobalMutes ?? new List<StateFileGlobalMute>())
        {
            var name = LoadedUser(mute?.Username, "muted user");
            Require(mutedNames.Add(name), $"muted user '{name}' is listed twice.");
            var setting = new GlobalMuteSetting(name);
            var deadlines = new[] { mute!.Chat, mute.GroupChat, mute.Chatroom };
            for (var i = 0; i < GlobalMuteState.Scopes.Length; i++)
            {
                Require(!(deadlines[i] < GlobalMuteSetting.PermanentMute),
                    $"muted user '{name}' has {GlobalMuteScopeNames.Of(GlobalMuteState.Scopes[i])} {deadlines[i]}; it must be -1, 0 or when the mute ends in Unix milliseconds.");
                setting.RestoreMuteDeadline(GlobalMuteState.Scopes[i], deadlines[i]);
            }

            loadedMutes.Add(setting);
        }

        var loadedSuperAdmins = LoadedUserList(document.SuperAdmins, "super admin");
        Groups.Load(document.Groups, problem => Require(false, problem));
        var loadedProfiles = UserProfileState.Load(document.UserAttributes, Require);
        var (loadedContacts, loadedBlocks) = UserRelationState.Load(document.Contacts, document.BlockedUsers,
            name => loadedUsers.ContainsKey(EmApiLimits.NormalizeUsername(name)), Require);

        lock (_gate)
        {
            if (_users.Count > 0 || _chatrooms.Count > 0)
            {
                throw new InvalidOperationException("A state file is loaded only into an empty store.");
            }

            _users.Restore(loadedUsers.Values.OrderBy(u => u.Sequence).ToArray());
            _chatrooms.Restore(loadedChatrooms, nextId);
            foreach (var setting in loadedMutes)
            {
                _globalMutes.Restore(setting);
            }

            _moderation.SuperAdmins.AddRange(loadedSuperAdmins);
            foreach (var (chatroom, state) in loadedModeration)
            {
                _moderation.Restore(chatroom, state);
            }

            foreach (var (chatroom, content) in loadedContents)
            {
                _contents.Restore(chatroom, content);
            }

            _profiles.Restore(loadedProfiles);
            _relations.Restore(loadedContacts, loadedBlocks);
        }
    }
}
