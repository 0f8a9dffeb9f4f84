namespace Easemob.PowerShell.Model;

/// <summary>One custom attribute (key-value pair) of a chatroom.</summary>
public sealed class EmChatroomAttribute
{
    public string ChatroomId { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;
    public string Value { get; set; } = string.Empty;

    public override string ToString() => Key + "=" + Value;
}
