using System;
using System.Collections.Generic;
using System.Linq;

namespace Easemob.PowerShell.Client.Chatrooms;

/// <summary>
/// The vendor's documented message forms that name users or chatrooms, matched whole: the name is exactly what lies
/// between a form's fixed text, never a word picked out of the message, so a user named <c>members</c>, <c>owner</c>
/// or <c>john.</c> is read as itself. A message of no known form names nobody; the caller then lets each user's own
/// answer decide (it splits the batch).
/// </summary>
internal static class VendorMessages
{
    /// <summary>Which users a whole-call refusal names, and what it says of them.</summary>
    public enum UserRefusal
    {
        /// <summary>"username XX doesn't exist!": no such user.</summary>
        UnknownUser,

        /// <summary>"users [XX, YY] are not members of this group!".</summary>
        NotMembers,

        /// <summary>"can not join this group, reason:user XX has joined too many chatrooms!".</summary>
        TooManyChatrooms,
    }

    /// <summary>The users a refusal names and what it says; null when the message is of no documented form.</summary>
    public static (IReadOnlyList<string> Users, UserRefusal Kind)? UsersNamed(string? message)
    {
        if (message is null) return null;
        if (Between(message, "username ", " doesn't exist!") is { } unknown)
            return (new[] { unknown }, UserRefusal.UnknownUser);
        if (Between(message, "can not join this group, reason:user ", " has joined too many chatrooms!") is { } joined)
            return (new[] { joined }, UserRefusal.TooManyChatrooms);
        if (Between(message, "users [", "] are not members of this group!") is { } list)
            return (list.Split(new[] { ", " }, StringSplitOptions.None), UserRefusal.NotMembers);
        return null;
    }

    /// <summary>The chatroom a "no such chatroom" message names ("do not find this group:XX", "grpID XX does not exist!"), else null.</summary>
    public static string? ChatroomNamed(string? message) =>
        message is null ? null : Between(message, "do not find this group:", "") ?? Between(message, "grpID ", " does not exist!");

    /// <summary>
    /// Whether a removal's per-user reason is the documented "user: XX doesn't exist in group: YY" for this user and
    /// chatroom, or the not-members form naming the user: the user is not in the chatroom.
    /// </summary>
    public static bool SaysNotMember(string? reason, string user, string chatroomId) =>
        reason is not null
        && (string.Equals(reason, $"user: {user} doesn't exist in group: {chatroomId}", StringComparison.OrdinalIgnoreCase)
            || UsersNamed(reason) is { Kind: UserRefusal.NotMembers } named && named.Users.Contains(user, StringComparer.OrdinalIgnoreCase));

    /// <summary>The text between <paramref name="prefix"/> and <paramref name="suffix"/> when the message is exactly that form; else null.</summary>
    private static string? Between(string message, string prefix, string suffix) =>
        message.Length > prefix.Length + suffix.Length
        && message.StartsWith(prefix, StringComparison.Ordinal)
        && message.EndsWith(suffix, StringComparison.Ordinal)
            ? message.Substring(prefix.Length, message.Length - prefix.Length - suffix.Length)
            : null;
}
