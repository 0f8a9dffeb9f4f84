using System.Collections.Generic;

namespace Easemob.PowerShell.Client;

/// <summary>What <see cref="EasemobClient.CreateChatroomAsync"/> sends; null properties are left to the server's defaults.</summary>
public sealed class NewChatroomRequest
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Most members, owner included (server default <see cref="EmApiLimits.DefaultChatroomMaxUsers"/>).</summary>
    public int? MaxUsers { get; set; }

    public string Owner { get; set; } = string.Empty;

    /// <summary>Initial members, owner excluded. An empty list is sent as no list (the server refuses an empty one).</summary>
    public IReadOnlyList<string>? Members { get; set; }

    public string? Custom { get; set; }

    /// <summary>A chosen chatroom id (<c>roomid</c>: up to <see cref="EmApiLimits.MaxChosenChatroomIdLength"/> of a-z and 0-9; the app must have the feature enabled), or null for one the server picks.</summary>
    public string? RoomId { get; set; }
}
