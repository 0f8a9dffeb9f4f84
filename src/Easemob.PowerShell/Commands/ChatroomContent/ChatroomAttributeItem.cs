using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// One attribute key of one owner in one chatroom: the unit the attribute cmdlets batch (grouped per chatroom and
/// owner, <see cref="EmApiLimits.MaxAttributesPerCall"/> per request) and the target of that key's error.
/// </summary>
internal sealed class ChatroomAttributeItem
{
    public ChatroomAttributeItem(string chatroomId, string username, string key, string? value)
    {
        ChatroomId = chatroomId;
        Username = username;
        Key = key;
        Value = value;
    }

    public string ChatroomId { get; }

    /// <summary>The member who owns the key.</summary>
    public string Username { get; }

    public string Key { get; }

    /// <summary>The value to set; null for a removal.</summary>
    public string? Value { get; }

    /// <summary>The batch group: one chatroom and one owner (names are case-insensitive).</summary>
    public string Group => ChatroomId + "/" + EmApiLimits.NormalizeUsername(Username);

    public override string ToString() => ChatroomId + "/" + Username + "/" + Key;

    /// <summary>The vendor's key and value rules, checked before sending: an error record, or null.</summary>
    public ErrorRecord? Check() => InputChecks.Attribute(Key, Value, setting: false, this);
}
