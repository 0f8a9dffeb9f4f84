using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>A chatroom to create, with its user names normalized: members de-duplicated and without the owner.</summary>
internal sealed class ChatroomDraft
{
    public ChatroomDraft(string name, string owner, string? description, int maxUsers, IEnumerable<string>? members, string? custom,
        string? chosenId = null)
    {
        Name = name;
        Owner = EmApiLimits.NormalizeUsername(owner);
        Description = description ?? string.Empty;
        MaxUsers = maxUsers;
        Members = (members ?? Enumerable.Empty<string>())
            .Select(EmApiLimits.NormalizeUsername)
            .Where(m => m != Owner)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Custom = custom ?? string.Empty;
        ChosenId = chosenId;
    }

    public string Name { get; }

    public string Owner { get; }

    public string Description { get; }

    public int MaxUsers { get; }

    public IReadOnlyList<string> Members { get; }

    public string Custom { get; }

    /// <summary>The id the create chose (<c>roomid</c>), or null for a numeric one.</summary>
    public string? ChosenId { get; }

    /// <summary>The service's range of maxusers, for creates, changes and loaded chatrooms alike.</summary>
    public static bool IsValidMaxUsers(long? maxUsers) => maxUsers >= 1 && maxUsers <= EmApiLimits.MaxChatroomMaxUsers;
}
