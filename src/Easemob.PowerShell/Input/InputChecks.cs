using System;
using System.Management.Automation;
using System.Text;

namespace Easemob.PowerShell
{
    /// <summary>Checks of user input made before any request is sent, returning an error record or null.</summary>
    internal static class InputChecks
    {
        public const int MaxNameLength = 128;
        public const int MaxDescriptionLength = 512;
        public const int MaxMaxUsers = 10000;
        public const int MaxCustomBytes = 8 * 1024;

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

        public static ErrorRecord? Name(string? name, object target)
        {
            if (name == null || name.Length == 0 || name.Length > MaxNameLength)
            {
                return ErrorRecords.InvalidArgument("InvalidChatroomName", "A chatroom name must be 1 to " + MaxNameLength + " characters; '" + Shorten(name) + "' has " + (name?.Length ?? 0) + ".", target);
            }
            return null;
        }

        public static ErrorRecord? Description(string? description, object target)
        {
            if (description != null && description.Length > MaxDescriptionLength)
            {
                return ErrorRecords.InvalidArgument("InvalidChatroomDescription", "A chatroom description may have at most " + MaxDescriptionLength + " characters; this one has " + description.Length + ".", target);
            }
            return null;
        }

        public static ErrorRecord? MaxUsers(int? maxUsers, object target)
        {
            if (maxUsers.HasValue && (maxUsers.Value < 1 || maxUsers.Value > MaxMaxUsers))
            {
                return ErrorRecords.InvalidArgument("InvalidMaxUsers", "MaxUsers must be 1 to " + MaxMaxUsers + "; got " + maxUsers.Value + ".", target);
            }
            return null;
        }

        public static ErrorRecord? Custom(string? custom, object target)
        {
            if (custom != null && Encoding.UTF8.GetByteCount(custom) > MaxCustomBytes)
            {
                return ErrorRecords.InvalidArgument("InvalidCustom", "Custom may hold at most " + MaxCustomBytes + " bytes (UTF-8); this one has " + Encoding.UTF8.GetByteCount(custom) + ".", target);
            }
            return null;
        }

        public static ErrorRecord? Username(string? username, string errorId, object? target)
        {
            if (string.IsNullOrWhiteSpace(username))
            {
                return ErrorRecords.InvalidArgument(errorId, "A user name cannot be empty.", target);
            }
            return null;
        }

        private static string Shorten(string? text) =>
            text == null ? "" : text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }
}
