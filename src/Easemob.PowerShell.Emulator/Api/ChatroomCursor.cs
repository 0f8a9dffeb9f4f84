using System;
using System.Globalization;
using System.Text;

namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>
    /// The opaque cursor of the chatroom list: base64 of the last listed id. The next page starts after that id,
    /// so a cursor stays valid while chatrooms are created or deleted between pages.
    /// </summary>
    internal static class ChatroomCursor
    {
        private const string Prefix = "chatroom:";

        public static string Encode(long lastId) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + lastId.ToString(CultureInfo.InvariantCulture)));

        /// <summary>The id a cursor continues after; 400 invalid_parameter for anything not made by <see cref="Encode"/>.</summary>
        public static long Decode(string cursor)
        {
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
                if (text.StartsWith(Prefix, StringComparison.Ordinal)
                    && long.TryParse(text.Substring(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    return id;
                }
            }
            catch (FormatException)
            {
                // Not base64: reported below like any other foreign cursor.
            }

            throw new EmulatorApiException(ApiError.InvalidParameter($"cursor {cursor} is invalid"));
        }
    }
}
