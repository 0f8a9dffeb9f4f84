using System.Collections.Generic;
using System.Linq;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>Each chatroom's announcement and custom attributes. Only touched under the store's lock; a chatroom without any has no entry.</summary>
    internal sealed class ChatroomContentState : StoreFamily
    {
        private readonly Dictionary<long, ChatroomContent> byChatroom = new Dictionary<long, ChatroomContent>();

        /// <summary>The chatroom's content, made empty on first use.</summary>
        public ChatroomContent Of(EmulatorChatroom chatroom)
        {
            if (!byChatroom.TryGetValue(chatroom.NumericId, out var content))
            {
                content = new ChatroomContent();
                byChatroom.Add(chatroom.NumericId, content);
            }

            return content;
        }

        /// <summary>The chatroom's content, or null when it has none.</summary>
        public ChatroomContent? Find(EmulatorChatroom chatroom) => byChatroom.TryGetValue(chatroom.NumericId, out var content) ? content : null;

        public void Restore(EmulatorChatroom chatroom, ChatroomContent content) => byChatroom.Add(chatroom.NumericId, content);

        public override void ChatroomDeleted(EmulatorChatroom chatroom) => byChatroom.Remove(chatroom.NumericId);

        /// <summary>A member who leaves takes their attributes along, except those set to be kept.</summary>
        public override void MembersLeft(EmulatorChatroom chatroom, IReadOnlyCollection<string> usernames)
        {
            if (Find(chatroom) is not { } content)
            {
                return;
            }

            foreach (var key in content.Attributes.Where(a => a.Value.DeleteWhenOwnerLeaves && usernames.Contains(a.Value.Owner)).Select(a => a.Key).ToArray())
            {
                content.Attributes.Remove(key);
            }
        }
    }
}
