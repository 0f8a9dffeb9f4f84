namespace Easemob.PowerShell.Model;

/// <summary>One custom attribute (key-value pair) of one member in one group.</summary>
public sealed class EmGroupMemberAttribute
{
    public string GroupId { get; set; } = string.Empty;
    public string Username { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;
    public string Value { get; set; } = string.Empty;

    public override string ToString() => Key + "=" + Value;
}
