namespace Easemob.PowerShell.Model;

/// <summary>The kind of conversation a message belongs to (the vendor's <c>chat_type</c>).</summary>
public enum EmChatType
{
    /// <summary>One-to-one (<c>chat</c>).</summary>
    Chat,
    /// <summary>A group (<c>groupchat</c>).</summary>
    GroupChat,
    /// <summary>A chatroom (<c>chatroom</c>).</summary>
    Chatroom,
}
