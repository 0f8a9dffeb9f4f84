using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Where a call that chatrooms and groups share goes: the path root and the rate family. The chatroom and group
/// APIs mirror each other there, so one implementation serves both with this as its parameter.
/// </summary>
internal sealed class RoomScope
{
    public static readonly RoomScope Chatroom = new("chatrooms", EmApiFamily.ChatroomItem, "chatroom", "Set-EmChatroomOwner");
    public static readonly RoomScope Group = new("chatgroups", EmApiFamily.GroupItem, "group", "Set-EmGroupOwner");

    private RoomScope(string root, EmApiFamily family, string noun, string ownerCmdlet)
    {
        Root = root;
        Family = family;
        Noun = noun;
        OwnerCmdlet = ownerCmdlet;
    }

    /// <summary>The first path segment: <c>chatrooms</c> or <c>chatgroups</c>.</summary>
    public string Root { get; }

    /// <summary>The rate family of calls on one given room.</summary>
    public EmApiFamily Family { get; }

    /// <summary>The word for one room in messages.</summary>
    public string Noun { get; }

    /// <summary>The cmdlet that hands the room to another owner, named in the error of removing the owner.</summary>
    public string OwnerCmdlet { get; }
}
