using System.Collections.Generic;

namespace Easemob.PowerShell.Client;

/// <summary>One page of a listing read by cursor (the app's users, the app's chatrooms).</summary>
public sealed class CursorPage<T>
{
    public CursorPage(IReadOnlyList<T> items, string? cursor)
    {
        Items = items;
        Cursor = string.IsNullOrEmpty(cursor) ? null : cursor;
    }

    public IReadOnlyList<T> Items { get; }

    /// <summary>Pass to the next call to get the next page; null on the last page.</summary>
    public string? Cursor { get; }
}
