namespace Easemob.PowerShell.Model;

/// <summary>A chatroom message's priority (<c>chatroom_msg_level</c>): under load the service delivers higher ones first.</summary>
public enum EmMessagePriority
{
    High,
    Normal,
    Low,
}
