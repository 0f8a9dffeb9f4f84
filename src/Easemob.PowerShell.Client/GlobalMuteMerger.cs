using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Merges global-mute rows into one object per user. The server lists one row per user and scope, and a user's
/// rows can be split across pages, so the cmdlet merges as pages arrive. Inputs are never changed.
/// </summary>
public static class GlobalMuteMerger
{
    /// <summary>One object per user name (ordinal), in the order users first appear.</summary>
    public static IReadOnlyList<EmGlobalMute> Merge(IEnumerable<EmGlobalMute> rows)
    {
        if (rows is null) throw new ArgumentNullException(nameof(rows));
        var merged = new List<EmGlobalMute>();
        var indexByUser = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (indexByUser.TryGetValue(row.Username, out var index))
            {
                merged[index] = Merge(merged[index], row);
            }
            else
            {
                indexByUser.Add(row.Username, merged.Count);
                merged.Add(Merge(new EmGlobalMute { Username = row.Username }, row));
            }
        }
        return merged;
    }

    /// <summary>
    /// A new object with <paramref name="merged"/>'s scopes overlaid by those <paramref name="row"/> sets (a later row
    /// wins for the same scope), and the later <see cref="EmGlobalMute.CheckedOn"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The two are of different users.</exception>
    public static EmGlobalMute Merge(EmGlobalMute merged, EmGlobalMute row)
    {
        if (merged is null) throw new ArgumentNullException(nameof(merged));
        if (row is null) throw new ArgumentNullException(nameof(row));
        if (!string.Equals(merged.Username, row.Username, StringComparison.Ordinal))
            throw new ArgumentException($"A row of user '{row.Username}' cannot be merged into user '{merged.Username}'.", nameof(row));

        return new EmGlobalMute
        {
            Username = merged.Username,
            Chat = row.Chat ?? merged.Chat,
            GroupChat = row.GroupChat ?? merged.GroupChat,
            Chatroom = row.Chatroom ?? merged.Chatroom,
            CheckedOn = merged.CheckedOn is null || row.CheckedOn > merged.CheckedOn ? row.CheckedOn : merged.CheckedOn,
        };
    }
}
