using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>A chatroom's announcement and custom attributes; only touched under the store's lock.</summary>
internal sealed class ChatroomContent
{
    public string Announcement { get; set; } = string.Empty;

    /// <summary>Attributes by key, in the order they were first set.</summary>
    public Dictionary<string, ChatroomAttribute> Attributes { get; } = new Dictionary<string, ChatroomAttribute>();
}

/// <summary>One attribute: its value, the member who owns it and whether it goes when the owner leaves.</summary>
internal sealed record ChatroomAttribute(string Value, string Owner, bool DeleteWhenOwnerLeaves);
