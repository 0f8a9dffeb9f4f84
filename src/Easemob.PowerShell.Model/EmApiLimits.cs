using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Easemob.PowerShell.Model;

/// <summary>
/// The vendor's documented limits and rules, in one place: the client's governor, the cmdlets' input
/// checks and the emulator all read them, so they cannot disagree. Add a new limit to its section.
/// </summary>
public static class EmApiLimits
{
    // ---- Rate limits (per app key) ----

    /// <summary>The families limited per second (see <see cref="DocumentedCallLimit"/> for every family).</summary>
    public static int DocumentedCallsPerSecond(EmApiFamily family)
    {
        switch (family)
        {
            case EmApiFamily.Token: return 300;
            case EmApiFamily.ChatroomCollection: return 50;
            case EmApiFamily.ChatroomItem: return 100;
            case EmApiFamily.GlobalMute: return 100;
            // The newest rate-limit page: user and push calls share one 100/s budget.
            case EmApiFamily.User: return 100;
            case EmApiFamily.ChatroomAttribute: return 100;
            // The room send page: 20 calls a second. Its directed form allows 100; counted with the room sends, it stays under both.
            case EmApiFamily.ChatroomMessage: return 20;
            case EmApiFamily.UserMessage: return 100;
            // The group send page: 20 calls a second (its directed form allows more; counted together, both hold).
            case EmApiFamily.GroupMessage: return 20;
            case EmApiFamily.MessageChange: return 100;
            case EmApiFamily.UserAttributeRead: return 100;
            case EmApiFamily.UserAttributeWrite: return 100;
            case EmApiFamily.UserContact: return 100;
            case EmApiFamily.UserBlock: return 50;
            case EmApiFamily.GroupCollection: return 100;
            case EmApiFamily.UserGroups: return 50;
            case EmApiFamily.GroupItem: return 100;
            case EmApiFamily.GroupMemberAttribute: return 100;
            default: throw new ArgumentOutOfRangeException(nameof(family), family, null);
        }
    }

    /// <summary>
    /// A family's call limit and its window: calls per second for most, per minute for the history export; null
    /// for the object store's downloads, which the API's limits do not cover.
    /// </summary>
    public static EmRateLimit? DocumentedCallLimit(EmApiFamily family)
    {
        switch (family)
        {
            case EmApiFamily.HistoryExport: return new EmRateLimit(10, TimeSpan.FromMinutes(1));
            // Not paced: a broadcast refused for its quota is an error that says so, not a wait of up to half an hour.
            case EmApiFamily.HistoryDownload:
            case EmApiFamily.ChatroomBroadcast:
            case EmApiFamily.UserBroadcast:
            case EmApiFamily.OnlineUserBroadcast:
                return null;
            default: return new EmRateLimit(DocumentedCallsPerSecond(family), TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// The second limit of the message families: messages (recipients, one per room or user) per window; a
    /// send past it is refused 403 message_send_error. Null for the families without one.
    /// </summary>
    public static EmRateLimit? DocumentedMessageLimit(EmApiFamily family)
    {
        switch (family)
        {
            case EmApiFamily.ChatroomMessage: return new EmRateLimit(100, TimeSpan.FromSeconds(1));
            case EmApiFamily.UserMessage: return new EmRateLimit(6000, TimeSpan.FromMinutes(1));
            case EmApiFamily.GroupMessage: return new EmRateLimit(20, TimeSpan.FromSeconds(1));
            default: return null;
        }
    }

    /// <summary>
    /// A broadcast's quota: calls per window (past it, 429) and calls per UTC day (past it, 403 forbidden_op);
    /// null for the other families.
    /// </summary>
    public static (EmRateLimit PerWindow, int PerDay)? DocumentedBroadcastQuota(EmApiFamily family)
    {
        switch (family)
        {
            case EmApiFamily.ChatroomBroadcast: return (new EmRateLimit(10, TimeSpan.FromMinutes(1)), 100);
            case EmApiFamily.UserBroadcast: return (new EmRateLimit(1, TimeSpan.FromMinutes(30)), 3);
            case EmApiFamily.OnlineUserBroadcast: return (new EmRateLimit(1, TimeSpan.FromMinutes(1)), 50);
            default: return null;
        }
    }

    // ---- Batch sizes ----

    /// <summary>Most ids one chatroom-details call accepts.</summary>
    public const int MaxChatroomIdsPerDetailsCall = 100;

    // ---- Chatroom limits (lengths in characters as counted by CharacterCount) ----

    public const int MaxChatroomNameLength = 128;
    public const int MaxChatroomDescriptionLength = 512;
    public const int MaxChatroomMaxUsers = 10000;
    /// <summary>The maxusers the server applies when a create sends none.</summary>
    public const int DefaultChatroomMaxUsers = 1000;
    /// <summary>Custom is limited in UTF-8 bytes, not characters.</summary>
    public const int MaxChatroomCustomBytes = 8192;
    public const int MaxChatroomAdmins = 99;

    public static int CustomByteCount(string custom) => Encoding.UTF8.GetByteCount(custom);

    // ---- User name rules ----

    public const int MaxUsernameLength = 64;

    /// <summary>A legal user name, <see cref="LegalUsernameRule"/> (case-insensitive; the server stores it in lower case).</summary>
    private static readonly Regex LegalUsername = new Regex("^[a-zA-Z0-9_.-]{1," + MaxUsernameLength + "}$", RegexOptions.CultureInvariant);

    /// <summary>The rule <see cref="IsLegalUsername"/> applies, in words for error messages.</summary>
    public static readonly string LegalUsernameRule = "1 to " + MaxUsernameLength + " of a-z, A-Z, 0-9, '_', '.' and '-'";

    /// <summary>Whether <paramref name="username"/> follows <see cref="LegalUsernameRule"/>.</summary>
    public static bool IsLegalUsername(string username) => LegalUsername.IsMatch(username);

    /// <summary>The service stores and looks up user names in lower case, so names equal ignoring case are one user.</summary>
    public static string NormalizeUsername(string username) => username.ToLowerInvariant();

    /// <summary>Compares user names as the service does.</summary>
    public static StringComparer UsernameComparer => StringComparer.OrdinalIgnoreCase;

    // ---- User attributes (profiles) ----

    /// <summary>Most users one batch get of user attributes accepts.</summary>
    public const int MaxUsersPerAttributeBatch = 100;

    /// <summary>The default limit of one user's attributes, counted by <see cref="UserAttributeBytes"/>.</summary>
    public const int MaxUserAttributeBytes = 2048;

    /// <summary>The keys the client SDKs read for a profile, and the longest value (in characters) each may hold; 0: no own limit.</summary>
    public static readonly IReadOnlyDictionary<string, int> WellKnownUserAttributes =
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["nickname"] = 64,
            ["avatarurl"] = 256,
            ["phone"] = 32,
            ["mail"] = 64,
            ["gender"] = 0,
            ["sign"] = 256,
            ["birth"] = 64,
            ["ext"] = 0,
        };

    /// <summary>The values gender may take: 0 unknown, 1 male, 2 female.</summary>
    public static bool IsValidGender(string value) => value == "0" || value == "1" || value == "2";

    /// <summary>One user's attributes' size as the 2 KB limit counts it: the UTF-8 bytes of every key and value.</summary>
    public static int UserAttributeBytes(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        var bytes = 0;
        foreach (var pair in attributes)
        {
            bytes += Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value);
        }
        return bytes;
    }

    /// <summary>
    /// Why a user attribute cannot be stored, or null: an empty key, a well-known key's value too long, a gender
    /// other than 0, 1 or 2. The cmdlet refuses it before sending; the emulator answers the vendor's 403.
    /// </summary>
    public static string? UserAttributeProblem(string key, string value)
    {
        if (key.Length == 0)
        {
            return "An attribute name cannot be empty.";
        }
        if (!WellKnownUserAttributes.TryGetValue(key, out var maxLength))
        {
            return null;
        }
        if (key == "gender" && !IsValidGender(value))
        {
            return "gender must be 0 (unknown), 1 (male) or 2 (female), not '" + value + "'.";
        }
        return maxLength > 0 && CharacterCount(value) > maxLength
            ? key + " may hold at most " + maxLength + " characters; this one has " + CharacterCount(value) + "."
            : null;
    }

    // ---- Contacts and block lists ----

    /// <summary>Contacts per page of the paged contact list.</summary>
    public const int MaxContactsPerPage = 50;

    /// <summary>Users one contact import accepts.</summary>
    public const int MaxContactsPerImport = 10;

    /// <summary>A user's contacts on the free edition (paid editions: 3,000); the emulator's limit.</summary>
    public const int DefaultMaxContacts = 100;

    public const int MaxContactRemarkLength = 100;

    /// <summary>Users one block-list page holds.</summary>
    public const int MaxBlockedUsersPerPage = 50;

    /// <summary>Users a block list holds.</summary>
    public const int MaxBlockedUsers = 500;

    /// <summary>Users sent per block call: the page documents none, so a block list's page size keeps each request small.</summary>
    public const int MaxUsersPerBlockCall = 50;

    // ---- User tokens ----

    /// <summary>A user token's ttl as sent: whole seconds, rounded up; 0 means the token never expires.</summary>
    public static long UserTokenTtlSeconds(TimeSpan timeToLive)
    {
        if (timeToLive < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), timeToLive, "A token lifetime cannot be negative.");
        }
        return (long)Math.Ceiling(timeToLive.TotalSeconds);
    }

    /// <summary>The lifetime of an inherit-grant user token when the request sends no ttl.</summary>
    public static readonly TimeSpan DefaultUserTokenLifetime = TimeSpan.FromDays(60);

    /// <summary>
    /// Auto-creating the same user twice within this window answers 409 concurrent_operation_error; a retry after
    /// it finds the user created.
    /// </summary>
    public static readonly TimeSpan ConcurrentAutoCreateWindow = TimeSpan.FromSeconds(1);

    // ---- Counting characters ----
    // The pages give the name, description, announcement and attribute-value limits in 字符 (characters), where
    // their byte limits (custom, user ids, group member attributes) say 字节: so those fields count characters, one
    // per code point, and an emoji is one character as it is to the person typing it. The cmdlets' checks and the
    // emulator count those fields only through CharacterCount or the field's own method (AnnouncementLength,
    // AttributeValueLength), never string.Length. (Attribute keys are ASCII by AttributeKeyPattern.)

    /// <summary>Length as the service counts it: Unicode code points, so an emoji counts once (not as two UTF-16 units).</summary>
    public static int CharacterCount(string text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }
        return count;
    }

    /// <summary>
    /// Most users one per-user chatroom batch takes (add/remove members, mute/unmute, allowlist, blocklist):
    /// 60 in every version of the pages. The newest pages allow 100 for adding and muting only, so 60 is what
    /// works everywhere and what the client sends.
    /// </summary>
    public const int MaxUsersPerChatroomBatch = 60;

    /// <summary>Most users the newest pages accept in one add-members or mute call (the server's own limit there).</summary>
    public const int MaxUsersPerChatroomAddOrMuteCall = 100;

    /// <summary>Longest chatroom id a create may choose (<c>roomid</c>).</summary>
    public const int MaxChosenChatroomIdLength = 64;

    /// <summary>Whether a create may choose this chatroom id: 1 to 64 of the lowercase letters a-z and digits 0-9.</summary>
    public static bool IsValidChosenChatroomId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id!.Length > MaxChosenChatroomIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    // ---- Chatroom content and users ----

    /// <summary>Most characters of a chatroom announcement, counted by <see cref="AnnouncementLength"/>.</summary>
    public const int MaxAnnouncementLength = 512;

    /// <summary>An announcement's length as checked against <see cref="MaxAnnouncementLength"/>: characters (code points).</summary>
    public static int AnnouncementLength(string announcement) => CharacterCount(announcement);

    /// <summary>Most key-value pairs one chatroom-attribute set or delete call accepts.</summary>
    public const int MaxAttributesPerCall = 10;

    /// <summary>Most attributes one chatroom holds.</summary>
    public const int MaxAttributesPerChatroom = 100;

    /// <summary>The characters a chatroom-attribute key may hold.</summary>
    public const string AttributeKeyPattern = "^[a-zA-Z0-9_.-]+$";

    /// <summary>Most characters of a chatroom-attribute key (of <see cref="AttributeKeyPattern"/>).</summary>
    public const int MaxAttributeKeyLength = 128;

    /// <summary>Most characters of a chatroom-attribute value, counted by <see cref="AttributeValueLength"/>.</summary>
    public const int MaxAttributeValueLength = 4096;

    /// <summary>An attribute value's length as checked against <see cref="MaxAttributeValueLength"/>: characters (code points).</summary>
    public static int AttributeValueLength(string value) => CharacterCount(value);

    // ---- Mutes ----

    /// <summary>
    /// The longest timed mute in seconds: the global-mute pages' documented maximum (int.MaxValue). A chatroom mute
    /// (milliseconds, a Long, no documented maximum) is held to the same bound, so every timed mute ends on a date.
    /// </summary>
    public const long MaxMuteSeconds = int.MaxValue;

    /// <summary>Most entries one page of the chatroom listings holds (chatrooms, members, super admins).</summary>
    public const int MaxChatroomPageSize = 1000;

    /// <summary>Most rows one page of the global-mute list holds.</summary>
    public const int MaxGlobalMutePageSize = 50;

    /// <summary>Most users one page of the user list holds.</summary>
    public const int MaxUsersPerListPage = 100;

    /// <summary>Most users one register call accepts (the authorized batch register).</summary>
    public const int MaxUsersPerRegisterCall = 60;

    /// <summary>Most users one batch online-status call accepts.</summary>
    public const int MaxUsersPerStatusCall = 100;

    // ---- Messages ----

    /// <summary>Most chatrooms one chatroom send addresses (<c>to</c>).</summary>
    public const int MaxChatroomsPerMessage = 10;

    /// <summary>Most groups one group send addresses (<c>to</c>).</summary>
    public const int MaxGroupsPerMessage = 3;

    /// <summary>Most users one user send addresses (<c>to</c>).</summary>
    public const int MaxUsersPerMessage = 600;

    /// <summary>Most members one directed chatroom or group send addresses (<c>users</c>).</summary>
    public const int MaxDirectedUsersPerMessage = 20;

    /// <summary>Most UTF-8 bytes of a message's <c>body</c> and <c>ext</c> together, as compact JSON (5 KB).</summary>
    public const int MaxMessageContentBytes = 5 * 1024;

    /// <summary>Most entries of a custom message's <c>customExts</c>.</summary>
    public const int MaxCustomExtensions = 16;

    private static readonly Regex CustomEventPattern = new Regex("^[a-zA-Z0-9-_/.]{1,32}$", RegexOptions.CultureInvariant);

    /// <summary>A custom message's <c>customEvent</c>: 1 to 32 of a-z, A-Z, 0-9, '-', '_', '/', '.'.</summary>
    public static bool IsLegalCustomEvent(string customEvent) => CustomEventPattern.IsMatch(customEvent);

    /// <summary>Most messages one batch recall takes.</summary>
    public const int MaxMessagesPerRecall = 30;

    /// <summary>How often one message can be modified.</summary>
    public const int MaxMessageEdits = 10;

    /// <summary>How far back the service keeps exported history by default: 3 days (more on request).</summary>
    public static readonly TimeSpan DefaultHistoryRetention = TimeSpan.FromDays(3);

    /// <summary>The history export's hour parameter: UTC, yyyyMMddHH.</summary>
    public const string HistoryHourFormat = "yyyyMMddHH";

    /// <summary>The default recall window: a message can be recalled (without force) this long after it was sent.</summary>
    public static readonly TimeSpan DefaultRecallWindow = TimeSpan.FromMinutes(2);

    // ---- Group limits (the group pages; lengths in characters as counted by CharacterCount) ----

    public const int MaxGroupNameLength = 128;
    public const int MaxGroupDescriptionLength = 512;
    public const int MaxGroupAvatarLength = 1024;
    /// <summary>The maxusers the server applies when a create sends none.</summary>
    public const int DefaultGroupMaxUsers = 200;
    /// <summary>Custom is limited to 8 KB of UTF-8 on create (the modify page says 1,024 characters; 8 KB is what both accept as bytes).</summary>
    public const int MaxGroupCustomBytes = 8192;
    /// <summary>Owner plus admins are at most 100.</summary>
    public const int MaxGroupAdmins = 99;
    /// <summary>Most groups one page of a user's groups holds.</summary>
    public const int MaxUserGroupsPageSize = 20;
    /// <summary>Most members (or shared files) one page holds.</summary>
    public const int MaxGroupPageSize = 1000;
    /// <summary>Most members one batch member-attribute set names.</summary>
    public const int MaxMembersPerAttributeSet = 20;
    /// <summary>Most members one attribute read by keys names.</summary>
    public const int MaxMembersPerAttributeGet = 10;
    /// <summary>Longest member-attribute key, in UTF-8 bytes.</summary>
    public const int MaxMemberAttributeKeyBytes = 16;
    /// <summary>Longest member-attribute value, in UTF-8 bytes.</summary>
    public const int MaxMemberAttributeValueBytes = 512;
    /// <summary>Most bytes of all of one member's attributes in one group (4 KB).</summary>
    public const int MaxMemberAttributesBytes = 4096;
}
