namespace Easemob.PowerShell.Emulator.State;

/// <summary>The kinds of conversation a global mute covers, in the order the emulator lists them.</summary>
internal enum GlobalMuteScope
{
    Chat,
    GroupChat,
    Chatroom,
}
