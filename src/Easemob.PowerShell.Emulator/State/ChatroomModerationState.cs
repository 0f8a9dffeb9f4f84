using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>
    /// Each chatroom's mutes, mute-all, allowlist and blocklist, and the chatroom super admins. Only touched under
    /// the store's lock; a chatroom without any has no entry.
    /// </summary>
    internal sealed class ChatroomModerationState : StoreFamily
    {
        private readonly Dictionary<long, ChatroomModeration> byChatroom = new Dictionary<long, ChatroomModeration>();

        /// <summary>The super admins (who may create chatrooms from the client), in the order they were made.</summary>
        public List<string> SuperAdmins { get; } = new List<string>();

        /// <summary>The chatroom's moderation, made empty on first use.</summary>
        public ChatroomModeration Of(EmulatorChatroom chatroom)
        {
            if (!byChatroom.TryGetValue(chatroom.NumericId, out var state))
            {
                state = new ChatroomModeration();
                byChatroom.Add(chatroom.NumericId, state);
            }

            return state;
        }

        /// <summary>The chatroom's moderation, or null when it has none.</summary>
        public ChatroomModeration? Find(EmulatorChatroom chatroom) => byChatroom.TryGetValue(chatroom.NumericId, out var state) ? state : null;

        public void Restore(EmulatorChatroom chatroom, ChatroomModeration state) => byChatroom.Add(chatroom.NumericId, state);

        /// <summary>A deleted user leaves no mute, allowlist, blocklist or super admin entry behind.</summary>
        public override void UserDeleted(string username)
        {
            SuperAdmins.Remove(username);
            foreach (var state in byChatroom.Values)
            {
                state.Mutes.Remove(username);
                state.Allowed.Remove(username);
                state.Blocked.Remove(username);
            }
        }

        public override void ChatroomDeleted(EmulatorChatroom chatroom) => byChatroom.Remove(chatroom.NumericId);
    }
}
