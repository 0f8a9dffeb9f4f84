using System;
using System.Collections.Generic;
using System.Linq;

namespace Easemob.PowerShell.Client.Chatrooms;

/// <summary>
/// Which of the ids or user names a call sent an error message names ("do not find this group:XX", "username XX
/// doesn't exist!", "users [a, b] are not members of this group!"), so that only those fail and the rest are sent again.
/// </summary>
internal static class NamesInMessage
{
    private static readonly char[] Separators = { ' ', '\t', ':', ',', '[', ']' };

    public static IReadOnlyList<string> Find(string? message, IEnumerable<string> candidates, StringComparer comparer)
    {
        if (message is null) return new string[0];
        var words = new HashSet<string>(message.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(word => word.TrimEnd('!', '.')), comparer);
        return candidates.Where(words.Contains).ToArray();
    }
}
