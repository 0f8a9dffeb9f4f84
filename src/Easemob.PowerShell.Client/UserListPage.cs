using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>One page of the app's user list.</summary>
public sealed class UserListPage
{
    public UserListPage(IReadOnlyList<EmUser> items, string? cursor)
    {
        Items = items;
        Cursor = string.IsNullOrEmpty(cursor) ? null : cursor;
    }

    public IReadOnlyList<EmUser> Items { get; }

    /// <summary>Pass to the next call to get the next page; null on the last page.</summary>
    public string? Cursor { get; }
}
