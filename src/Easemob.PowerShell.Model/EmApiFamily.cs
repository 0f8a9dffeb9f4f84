namespace Easemob.PowerShell.Model
{
    /// <summary>
    /// The groups of calls that share one server-side rate limit (per app key, per second).
    /// </summary>
    public enum EmApiFamily
    {
        /// <summary>POST /token.</summary>
        Token,
        /// <summary>Calls on the app's chatroom collection: list chatrooms, a user's joined chatrooms, create.</summary>
        ChatroomCollection,
        /// <summary>Calls on one or more given chatrooms: details, modify, transfer, delete, members.</summary>
        ChatroomItem,
        /// <summary>Global mute list, get and set.</summary>
        GlobalMute,
        /// <summary>Every user call (create, list, get, delete, ban, logout, status, devices, password): one shared budget.</summary>
        User,
        /// <summary>Chatroom custom attributes: get, set, delete (forced or not).</summary>
        ChatroomAttribute,
        /// <summary>
        /// User attribute reads: one user's, the batch get, the app's total size. Each call has its own 100/s on the
        /// rate-limit page; reads and writes are two budgets so a read-merge-write runs at 100 users/s.
        /// </summary>
        UserAttributeRead,
        /// <summary>User attribute writes: set and delete.</summary>
        UserAttributeWrite,
        /// <summary>Contacts: add, remove, remark, list, import (100/s).</summary>
        UserContact,
        /// <summary>A user's block list: list, add, remove (50/s).</summary>
        UserBlock,
        /// <summary>Calls on the app's group collection: list groups, create (100/s each).</summary>
        GroupCollection,
        /// <summary>A user's joined groups: the group family's only 50/s call.</summary>
        UserGroups,
        /// <summary>Calls on one or more given groups: details, modify, disable, delete, members, moderation, files.</summary>
        GroupItem,
        /// <summary>Group member custom attributes (metadata/chatgroup).</summary>
        GroupMemberAttribute,
    }
}
