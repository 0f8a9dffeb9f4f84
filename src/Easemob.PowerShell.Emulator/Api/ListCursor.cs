using System;
using System.Globalization;
using System.Text;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// The opaque cursor of a list (chatrooms, users): base64 of a prefix and the last listed item's number. The next
/// page starts after that number, so a cursor stays valid while items are created or deleted between pages.
/// </summary>
internal sealed class ListCursor
{
    /// <summary>Continues after a chatroom id.</summary>
    public static readonly ListCursor Chatrooms = new ListCursor("chatroom:");

    /// <summary>Continues after a group's numeric id.</summary>
    public static readonly ListCursor Groups = new ListCursor("chatgroup:");

    /// <summary>Continues after a user's registration number.</summary>
    public static readonly ListCursor Users = new ListCursor("user:");

    /// <summary>Continues after a contact's number (in the order made).</summary>
    public static readonly ListCursor Contacts = new ListCursor("contact:");

    /// <summary>Continues after a block's number (newest first).</summary>
    public static readonly ListCursor BlockedUsers = new ListCursor("block:");

    private readonly string _prefix;

    private ListCursor(string prefix)
    {
        _prefix = prefix;
    }

    public string Encode(long last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(_prefix + last.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The number a cursor continues after; 400 invalid_parameter for anything not made by <see cref="Encode"/>.</summary>
    public long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(_prefix, StringComparison.Ordinal)
                && long.TryParse(text.Substring(_prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                return last;
            }
        }
        catch (FormatException)
        {
            // Not base64: reported below like any other foreign cursor.
        }

        throw new EmulatorApiException(ApiError.InvalidParameter($"cursor {cursor} is invalid"));
    }
}
