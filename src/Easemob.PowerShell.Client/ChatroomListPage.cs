using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>One page of the app's chatroom list.</summary>
public sealed class ChatroomListPage
{
    public ChatroomListPage(IReadOnlyList<EmChatroom> items, string? cursor)
    {
        Items = items;
        Cursor = string.IsNullOrEmpty(cursor) ? null : cursor;
    }

    public IReadOnlyList<EmChatroom> Items { get; }

    /// <summary>Pass to the next call to get the next page; null on the last page.</summary>
    public string? Cursor { get; }
}
