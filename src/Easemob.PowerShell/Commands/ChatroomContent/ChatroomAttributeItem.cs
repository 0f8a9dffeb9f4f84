using System.Management.Automation;
using System.Text.RegularExpressions;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// One attribute key of one owner in one chatroom: the unit the attribute cmdlets batch (grouped per chatroom and
    /// owner, <see cref="EmApiLimits.MaxAttributesPerCall"/> per request) and the target of that key's error.
    /// </summary>
    internal sealed class ChatroomAttributeItem
    {
        private static readonly Regex LegalKey = new Regex(EmApiLimits.AttributeKeyPattern, RegexOptions.CultureInvariant);

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
        public ErrorRecord? Check()
        {
            if (Key.Length == 0 || Key.Length > EmApiLimits.MaxAttributeKeyLength || !LegalKey.IsMatch(Key))
            {
                return ErrorRecords.InvalidArgument("InvalidAttributeKey",
                    "Attribute key '" + Key + "' must be 1 to " + EmApiLimits.MaxAttributeKeyLength + " characters of a-z, A-Z, 0-9, '_', '.' and '-'.", this);
            }
            if (Value != null && Value.Length > EmApiLimits.MaxAttributeValueLength)
            {
                return ErrorRecords.InvalidArgument("InvalidAttributeValue",
                    "The value of attribute '" + Key + "' may have at most " + EmApiLimits.MaxAttributeValueLength + " characters; it has " + Value.Length + ".", this);
            }
            return null;
        }
    }
}
