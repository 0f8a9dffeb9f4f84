using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Every check of user input the cmdlets make before any request is sent, returning an error record or null.
/// The limits and the way characters are counted are the vendor's, from <see cref="EmApiLimits"/>.
/// </summary>
internal static class InputChecks
{
    private static readonly Regex LegalAttributeKey = new Regex(EmApiLimits.AttributeKeyPattern, RegexOptions.CultureInvariant);

    /// <summary>Chatroom ids are comma-separated on the wire, so an id holding a comma cannot be sent.</summary>
    public static ErrorRecord? ChatroomId(string? id) => RoomId(id, "chatroom", "InvalidChatroomId");

    /// <summary>Group ids are comma-separated on the wire too.</summary>
    public static ErrorRecord? GroupId(string? id) => RoomId(id, "group", "InvalidGroupId");

    private static ErrorRecord? RoomId(string? id, string noun, string errorId)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return ErrorRecords.InvalidArgument(errorId, "A " + noun + " id cannot be empty.", id);
        }
        if (id!.IndexOf(',') >= 0)
        {
            return ErrorRecords.InvalidArgument(errorId, char.ToUpperInvariant(noun[0]) + noun.Substring(1) + " id '" + id + "' contains a comma; ids are comma-separated in the API, so it cannot be a " + noun + " id.", id);
        }
        return null;
    }

    public static ErrorRecord? ChosenChatroomId(string? id, object target)
    {
        if (id != null && !EmApiLimits.IsValidChosenChatroomId(id))
        {
            return ErrorRecords.InvalidArgument("InvalidRoomId", "A chosen chatroom id must be 1 to " + EmApiLimits.MaxChosenChatroomIdLength + " lowercase letters a-z and digits 0-9; '" + Shorten(id) + "' is not.", target);
        }
        return null;
    }

    /// <summary>A chatroom name to create or set: some text besides white space, within the limit.</summary>
    public static ErrorRecord? Name(string? name, object target) => RoomName(name, "chatroom", "InvalidChatroomName", target);

    /// <summary>A group name to create or set (the same limit).</summary>
    public static ErrorRecord? GroupName(string? name, object target) => RoomName(name, "group", "InvalidGroupName", target);

    public static ErrorRecord? Description(string? description, object target) => RoomDescription(description, "chatroom", "InvalidChatroomDescription", target);

    public static ErrorRecord? GroupDescription(string? description, object target) => RoomDescription(description, "group", "InvalidGroupDescription", target);

    private static ErrorRecord? RoomName(string? name, string noun, string errorId, object target)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ErrorRecords.InvalidArgument(errorId, "A " + noun + " name cannot be empty or only white space.", target);
        }
        var length = EmApiLimits.CharacterCount(name!);
        if (length > EmApiLimits.MaxChatroomNameLength)
        {
            return ErrorRecords.InvalidArgument(errorId, "A " + noun + " name must be 1 to " + EmApiLimits.MaxChatroomNameLength + " characters; '" + Shorten(name) + "' has " + length + ".", target);
        }
        return null;
    }

    private static ErrorRecord? RoomDescription(string? description, string noun, string errorId, object target)
    {
        var length = description == null ? 0 : EmApiLimits.CharacterCount(description);
        if (length > EmApiLimits.MaxChatroomDescriptionLength)
        {
            return ErrorRecords.InvalidArgument(errorId, "A " + noun + " description may have at most " + EmApiLimits.MaxChatroomDescriptionLength + " characters; this one has " + length + ".", target);
        }
        return null;
    }

    /// <summary>A group's maxusers: at least 1 (the upper bound depends on the plan, so the server judges it).</summary>
    public static ErrorRecord? GroupMaxUsers(int? maxUsers, object target) =>
        maxUsers < 1 ? ErrorRecords.InvalidArgument("InvalidMaxUsers", "MaxUsers must be at least 1; got " + maxUsers + ".", target) : null;

    /// <summary>An avatar URL within the group limit.</summary>
    public static ErrorRecord? Avatar(string? avatar, object target) =>
        avatar != null && EmApiLimits.CharacterCount(avatar) > EmApiLimits.MaxGroupAvatarLength
            ? ErrorRecords.InvalidArgument("InvalidAvatar", "An avatar URL may have at most " + EmApiLimits.MaxGroupAvatarLength + " characters.", target)
            : null;

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

    /// <summary>A user name to look up or act on alone: only a blank one is refused (the server judges the rest).</summary>
    public static ErrorRecord? Username(string? username, string errorId, object? target)
    {
        if (string.IsNullOrWhiteSpace(username))
        {
            return ErrorRecords.InvalidArgument(errorId, "A user name cannot be empty or white space.", target);
        }
        return null;
    }

    /// <summary>
    /// A user name sent with others in one request (a register or a chatroom batch): the server refuses the whole
    /// request for one illegal name, so each is held to <see cref="EmApiLimits.LegalUsernameRule"/> first. This rule
    /// also keeps out commas, which separate names on the wire.
    /// </summary>
    public static ErrorRecord? LegalUsername(string? username, object? target)
    {
        return Username(username, "InvalidUsername", target)
            ?? (EmApiLimits.IsLegalUsername(username!)
                ? null
                : ErrorRecords.InvalidArgument("InvalidUsername", "User name '" + Shorten(username) + "' is not legal: use " + EmApiLimits.LegalUsernameRule + ".", target));
    }

    /// <summary>
    /// A user to create whose name an earlier item of the pipeline gave already (in any case): the server keeps
    /// one user per name, so this one is refused as the server refuses a taken name, with its error id.
    /// </summary>
    public static ErrorRecord RepeatedNewUser(string username, string earlier) =>
        ErrorRecords.InvalidArgument(EmErrorCodes.DuplicateUniqueProperty,
            "User name '" + username + "' repeats '" + earlier + "', given earlier in this pipeline; user names are unique regardless of case, so it is created once.",
            username);

    public static ErrorRecord? Password(SecureString? password, object target) =>
        password == null || password.Length == 0
            ? ErrorRecords.InvalidArgument("InvalidPassword", "A password cannot be empty.", target)
            : null;

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
            return ErrorRecords.InvalidArgument("InvalidMember", (string.IsNullOrWhiteSpace(illegal) ? "A member name is empty or white space; member names must be" : "Member '" + Shorten(illegal) + "' is not a legal user name") + " (" + EmApiLimits.LegalUsernameRule + "). "
                + "In a CSV, join the member names with ';' in one cell (e.g. Members = $room.Members -join ';'): Export-Csv writes a list as its type name, System.String[].", target);
        }
        return null;
    }

    /// <summary>Members besides the owner must leave the owner room under MaxUsers (the server's default when not given).</summary>
    public static ErrorRecord? MemberCount(int members, int? maxUsers, object target, int defaultMaxUsers = EmApiLimits.DefaultChatroomMaxUsers)
    {
        var limit = maxUsers ?? defaultMaxUsers;
        return members > limit - 1
            ? ErrorRecords.InvalidArgument("TooManyMembers", members + " members and the owner exceed MaxUsers " + limit + ".", target)
            : null;
    }

    /// <summary>A group member attribute: a key of 1 to 16 bytes, a value of at most 512 bytes (UTF-8; "" removes the key).</summary>
    public static ErrorRecord? MemberAttribute(string key, string value, object target)
    {
        if (key.Length == 0 || Encoding.UTF8.GetByteCount(key) > EmApiLimits.MaxMemberAttributeKeyBytes)
        {
            return ErrorRecords.InvalidArgument("InvalidAttributeKey", "A member attribute key must be 1 to " + EmApiLimits.MaxMemberAttributeKeyBytes + " bytes (UTF-8); '" + Shorten(key) + "' is not.", target);
        }
        return Encoding.UTF8.GetByteCount(value) > EmApiLimits.MaxMemberAttributeValueBytes
            ? ErrorRecords.InvalidArgument("InvalidAttributeValue", "The value of member attribute '" + key + "' may have at most " + EmApiLimits.MaxMemberAttributeValueBytes + " bytes (UTF-8).", target)
            : null;
    }

    /// <summary>A write with none of its fields given.</summary>
    public static ErrorRecord NothingToSet(string advice, object target) =>
        ErrorRecords.InvalidArgument("NothingToSet", advice, target);

    public static ErrorRecord? Announcement(string announcement, object target)
    {
        var length = EmApiLimits.AnnouncementLength(announcement);
        return length > EmApiLimits.MaxAnnouncementLength
            ? ErrorRecords.InvalidArgument("InvalidAnnouncement", "An announcement may have at most " + EmApiLimits.MaxAnnouncementLength + " characters; this one has " + length + ".", target)
            : null;
    }

    /// <summary>How many attributes one item may set: at least one, and no more than a chatroom holds.</summary>
    public static ErrorRecord? AttributeCount(ICollection attributes, object target) =>
        attributes.Count == 0 || attributes.Count > EmApiLimits.MaxAttributesPerChatroom
            ? ErrorRecords.InvalidArgument("InvalidAttribute",
                "Give 1 to " + EmApiLimits.MaxAttributesPerChatroom + " attributes (a chatroom holds at most " + EmApiLimits.MaxAttributesPerChatroom + "); got " + attributes.Count + ".", target)
            : null;

    /// <summary>An attribute key (of <see cref="EmApiLimits.AttributeKeyPattern"/>) and, to set, its value (null: none was given).</summary>
    public static ErrorRecord? Attribute(string key, string? value, bool setting, object target)
    {
        if (key.Length == 0 || key.Length > EmApiLimits.MaxAttributeKeyLength || !LegalAttributeKey.IsMatch(key))
        {
            return ErrorRecords.InvalidArgument("InvalidAttributeKey",
                "Attribute key '" + Shorten(key) + "' must be 1 to " + EmApiLimits.MaxAttributeKeyLength + " characters of a-z, A-Z, 0-9, '_', '.' and '-'.", target);
        }
        if (setting && value == null)
        {
            return ErrorRecords.InvalidArgument("InvalidAttributeValue", "Attribute '" + key + "' has no value; use '' for an empty one.", target);
        }
        var length = value == null ? 0 : EmApiLimits.AttributeValueLength(value);
        if (length > EmApiLimits.MaxAttributeValueLength)
        {
            return ErrorRecords.InvalidArgument("InvalidAttributeValue",
                "The value of attribute '" + key + "' may have at most " + EmApiLimits.MaxAttributeValueLength + " characters; it has " + length + ".", target);
        }
        return null;
    }

    /// <summary>A global mute's duration for one scope, in seconds: -1 (permanent), 0 (lift) or a timed mute.</summary>
    public static ErrorRecord? GlobalMuteSeconds(string scope, long? seconds, object target) =>
        seconds.HasValue && (seconds.Value < EmGlobalMute.Permanent || seconds.Value > EmApiLimits.MaxMuteSeconds)
            ? ErrorRecords.InvalidArgument("InvalidMuteDuration",
                "-" + scope + " must be -1 (permanent), 0 (lift) or 1 to " + EmApiLimits.MaxMuteSeconds + " seconds; got " + seconds.Value + ".", target)
            : null;

    /// <summary>
    /// -Permanent mutes every scope permanently, so a duration given for a scope as well would contradict it.
    /// </summary>
    public static ErrorRecord? PermanentAlone(bool permanent, IEnumerable<string> scopesGiven, object target)
    {
        var scopes = scopesGiven.ToList();
        return permanent && scopes.Count > 0
            ? ErrorRecords.InvalidArgument("InvalidMuteDuration",
                "-Permanent mutes every scope permanently; it cannot be combined with " + string.Join(", ", scopes.Select(s => "-" + s)) + ". Give -1 for the scopes to mute permanently instead.", target)
            : null;
    }

    /// <summary>
    /// A chatroom mute: either -Duration, in whole seconds (rounded up, as global mutes are) from 1 to
    /// <see cref="EmApiLimits.MaxMuteSeconds"/>, or -Permanent.
    /// </summary>
    public static ErrorRecord? ChatroomMute(TimeSpan? duration, bool permanent)
    {
        if (duration.HasValue == permanent)
        {
            return ErrorRecords.InvalidArgument("InvalidMuteDuration", "Give either -Duration or -Permanent.", duration);
        }
        if (duration.HasValue && (duration.Value <= TimeSpan.Zero || Durations.WholeSeconds(duration.Value.TotalSeconds) > EmApiLimits.MaxMuteSeconds))
        {
            return ErrorRecords.InvalidArgument("InvalidMuteDuration",
                "-Duration must be from 1 second to " + EmApiLimits.MaxMuteSeconds + " seconds; got " + duration.Value + "."
                + (duration.Value <= TimeSpan.Zero ? " Use Remove-EmChatroomMute to lift a mute." : " Use -Permanent for a mute without end."), duration);
        }
        return null;
    }

    private static string Shorten(string? text) =>
        text == null ? "" : text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
