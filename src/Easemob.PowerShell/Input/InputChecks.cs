using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Checks of user input made before any request is sent, returning an error record or null. The limits
    /// and the way characters are counted are the vendor's, from <see cref="EmApiLimits"/>.
    /// </summary>
    internal static class InputChecks
    {
        /// <summary>Chatroom ids are comma-separated on the wire, so an id holding a comma cannot be sent.</summary>
        public static ErrorRecord? ChatroomId(string? id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return ErrorRecords.InvalidArgument("InvalidChatroomId", "A chatroom id cannot be empty.", id);
            }
            if (id!.IndexOf(',') >= 0)
            {
                return ErrorRecords.InvalidArgument("InvalidChatroomId", "Chatroom id '" + id + "' contains a comma; ids are comma-separated in the API, so it cannot be a chatroom id.", id);
            }
            return null;
        }

        /// <summary>A chatroom id chosen on create; null (not given) passes.</summary>
        public static ErrorRecord? ChosenChatroomId(string? id, object target)
        {
            if (id != null && !EmApiLimits.IsValidChosenChatroomId(id))
            {
                return ErrorRecords.InvalidArgument("InvalidRoomId", "A chosen chatroom id must be 1 to " + EmApiLimits.MaxChosenChatroomIdLength + " lowercase letters a-z and digits 0-9; '" + Shorten(id) + "' is not.", target);
            }
            return null;
        }

        public static ErrorRecord? Name(string? name, object target)
        {
            var length = name == null ? 0 : EmApiLimits.CharacterCount(name);
            if (length == 0 || length > EmApiLimits.MaxChatroomNameLength)
            {
                return ErrorRecords.InvalidArgument("InvalidChatroomName", "A chatroom name must be 1 to " + EmApiLimits.MaxChatroomNameLength + " characters; '" + Shorten(name) + "' has " + length + ".", target);
            }
            return null;
        }

        public static ErrorRecord? Description(string? description, object target)
        {
            var length = description == null ? 0 : EmApiLimits.CharacterCount(description);
            if (length > EmApiLimits.MaxChatroomDescriptionLength)
            {
                return ErrorRecords.InvalidArgument("InvalidChatroomDescription", "A chatroom description may have at most " + EmApiLimits.MaxChatroomDescriptionLength + " characters; this one has " + length + ".", target);
            }
            return null;
        }

        public static ErrorRecord? MaxUsers(int? maxUsers, object target)
        {
            if (maxUsers.HasValue && (maxUsers.Value < 1 || maxUsers.Value > EmApiLimits.MaxChatroomMaxUsers))
            {
                return ErrorRecords.InvalidArgument("InvalidMaxUsers", "MaxUsers must be 1 to " + EmApiLimits.MaxChatroomMaxUsers + "; got " + maxUsers.Value + ".", target);
            }
            return null;
        }

        public static ErrorRecord? Custom(string? custom, object target)
        {
            if (custom != null && EmApiLimits.CustomByteCount(custom) > EmApiLimits.MaxChatroomCustomBytes)
            {
                return ErrorRecords.InvalidArgument("InvalidCustom", "Custom may hold at most " + EmApiLimits.MaxChatroomCustomBytes + " bytes (UTF-8); this one has " + EmApiLimits.CustomByteCount(custom) + ".", target);
            }
            return null;
        }

        public static ErrorRecord? Username(string? username, string errorId, object? target)
        {
            if (string.IsNullOrWhiteSpace(username))
            {
                return ErrorRecords.InvalidArgument(errorId, "A user name cannot be empty or white space.", target);
            }
            return null;
        }

        /// <summary>A name the service would refuse to register: not 1 to 64 of a-z, A-Z, 0-9, '_', '.' and '-'.</summary>
        public static ErrorRecord? LegalUsername(string username) =>
            EmApiLimits.IsLegalUsername(username)
                ? null
                : ErrorRecords.InvalidArgument("InvalidUsername", "User name '" + username + "' is not legal: use 1 to 64 of a-z, A-Z, 0-9, '_', '.' and '-'.", username);

        /// <summary>A piped object that binds no identity (a blank or missing ChatroomId or Username column).</summary>
        public static ErrorRecord ObjectWithoutIdentity(string errorId, string identity, string property, object target) =>
            ErrorRecords.InvalidArgument(errorId,
                "The piped object has no " + identity + ": give it a non-empty " + property + " property (a CSV column of that name), or pipe the " + identity + " itself.",
                target);

        /// <summary>
        /// Members named on create must be legal user names: a name that is not is most often an array exported
        /// to CSV, which Export-Csv writes as its type name ("System.String[]").
        /// </summary>
        public static ErrorRecord? MemberNames(IEnumerable<string>? members, object target)
        {
            var illegal = members?.FirstOrDefault(member => !EmApiLimits.IsLegalUsername(member));
            if (illegal != null)
            {
                return ErrorRecords.InvalidArgument("InvalidMember", "Member '" + Shorten(illegal) + "' is not a legal user name (1 to 64 of a-z, A-Z, 0-9, '_', '.', '-'). "
                    + "In a CSV, join the member names with ';' in one cell (e.g. Members = $room.Members -join ';'): Export-Csv writes a list as its type name, System.String[].", target);
            }
            return null;
        }

        private static string Shorten(string? text) =>
            text == null ? "" : text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }
}
