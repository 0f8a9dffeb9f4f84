namespace Easemob.PowerShell.Model;

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
    /// <summary>Messages sent to chatrooms (POST messages/chatrooms, and its directed form messages/chatrooms/users).</summary>
    ChatroomMessage,
    /// <summary>Messages sent to users (POST messages/users).</summary>
    UserMessage,
    /// <summary>Messages sent to groups (POST messages/chatgroups, and its directed form messages/chatgroups/users).</summary>
    GroupMessage,
    /// <summary>Changes to sent messages: recall and modify.</summary>
    MessageChange,
    /// <summary>The history export's URL of one hour (GET chatmessages/{yyyyMMddHH}): 10 calls a minute.</summary>
    HistoryExport,
    /// <summary>Broadcasts to every active chatroom (POST messages/chatrooms/broadcast).</summary>
    ChatroomBroadcast,
    /// <summary>Broadcasts to every user of the app (POST messages/broadcast).</summary>
    UserBroadcast,
    /// <summary>Broadcasts to every online user (POST messages/users/broadcast).</summary>
    OnlineUserBroadcast,
    /// <summary>Downloads of exported history from the object store's signed URLs: not the API, no documented limit.</summary>
    HistoryDownload,
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
