using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// Each chatroom's mutes, mute-all, allowlist and blocklist, and the chatroom super admins. Only touched under
/// the store's lock.
/// </summary>
internal sealed class ChatroomModerationState : PerChatroomFamily<ChatroomModeration>
{
    /// <summary>The super admins (who may create chatrooms from the client), in the order they were made.</summary>
    public List<string> SuperAdmins { get; } = new List<string>();

    /// <summary>A deleted user leaves no mute, allowlist, blocklist or super admin entry behind.</summary>
    public override void UserDeleted(string username)
    {
        SuperAdmins.Remove(username);
        foreach (var state in Entries)
        {
            state.Mutes.Remove(username);
            state.Allowed.Remove(username);
            state.Blocked.Remove(username);
        }
    }
}
