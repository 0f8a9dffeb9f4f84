using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// The state of one family of calls inside the <see cref="EmulatorStore"/> (chatrooms, moderation, content,
/// global mutes…), only touched under the store's one lock. A family keeps its own collections and hears of
/// the app-wide changes that concern it through these hooks, instead of other families reaching into them.
/// A new family derives from this and is registered in the store's constructor (a field and one entry in its families).
/// </summary>
internal abstract class StoreFamily
{
    /// <summary>A user was deleted: forget what is held for the name, so it is free for a new user.</summary>
    public virtual void UserDeleted(string username)
    {
    }

    /// <summary>A chatroom was deleted.</summary>
    public virtual void ChatroomDeleted(EmulatorChatroom chatroom)
    {
    }

    /// <summary>Users left a chatroom: removed, blocked, or deleted themselves.</summary>
    public virtual void MembersLeft(EmulatorChatroom chatroom, IReadOnlyCollection<string> usernames)
    {
    }
}
