namespace Easemob.PowerShell.Emulator.State;

/// <summary>The wire names of the mute scopes.</summary>
internal static class GlobalMuteScopeNames
{
    public const string Chat = "chat";
    public const string GroupChat = "groupchat";
    public const string Chatroom = "chatroom";

    public static string Of(GlobalMuteScope scope) => scope switch
    {
        GlobalMuteScope.Chat => Chat,
        GlobalMuteScope.GroupChat => GroupChat,
        _ => Chatroom,
    };
}
