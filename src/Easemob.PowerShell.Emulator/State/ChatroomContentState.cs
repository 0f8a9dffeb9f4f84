using System.Collections.Generic;
using System.Linq;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>Each chatroom's announcement and custom attributes. Only touched under the store's lock.</summary>
internal sealed class ChatroomContentState : PerChatroomFamily<ChatroomContent>
{
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
