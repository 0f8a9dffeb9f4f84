namespace Easemob.PowerShell.Emulator;

/// <summary>
/// A user's global mutes when read: remaining seconds per scope, -1 permanent, 0 lifted or expired, and null
/// for a scope that was never set.
/// </summary>
public sealed class EmulatorGlobalMute
{
    internal EmulatorGlobalMute(string username, long? chat, long? groupChat, long? chatroom)
    {
        Username = username;
        Chat = chat;
        GroupChat = groupChat;
        Chatroom = chatroom;
    }

    public string Username { get; }

    public long? Chat { get; }

    public long? GroupChat { get; }

    public long? Chatroom { get; }

    public override string ToString() => Username;
}
