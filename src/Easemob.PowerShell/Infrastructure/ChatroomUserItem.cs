namespace Easemob.PowerShell;

/// <summary>One (chatroom, user) pair of a per-user chatroom write: the unit batched, and the target of its error.</summary>
public sealed class ChatroomUserItem
{
    public ChatroomUserItem(string chatroomId, string username)
    {
        ChatroomId = chatroomId;
        Username = username;
    }

    public string ChatroomId { get; }

    public string Username { get; }

    public override string ToString() => Username + " in chatroom " + ChatroomId;
}
