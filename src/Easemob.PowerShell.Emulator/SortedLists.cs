using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator;

/// <summary>Searches of the store's lists kept in ascending order of a numeric key (chatroom ids, user sequence numbers).</summary>
internal static class SortedLists
{
    /// <summary>The index of the first item whose key is above <paramref name="key"/>, or the count (binary search).</summary>
    public static int FirstIndexAfter<T>(IReadOnlyList<T> items, long key, Func<T, long> keyOf)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (keyOf(items[middle]) <= key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
