using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// The emulator state file as JSON: a format marker and version, then the store's records. A new field
/// of the store is added here and in EmulatorStore.StateFile.cs; a field a file leaves out takes its default,
/// so a hand-written fixture names only what it needs and a file written before the field existed still loads
/// (the version changes only when an old file would no longer mean the same).
/// </summary>
internal sealed class StateFileDocument
{
    public const string FormatMarker = "Easemob.PowerShell.EmulatorState";
    public const int CurrentVersion = 1;

    public string? Format { get; set; }

    public int? Version { get; set; }

    /// <summary>The app's client id, kept so a client configured once works after a restart; null: generated.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret (the emulator's own, as the -Wait banner prints it); null: generated.</summary>
    public string? ClientSecret { get; set; }

    public List<StateFileUser>? Users { get; set; }

    public List<StateFileChatroom>? Chatrooms { get; set; }

    /// <summary>The global mute list, first muted first.</summary>
    public List<StateFileGlobalMute>? GlobalMutes { get; set; }

    /// <summary>The chatroom super admins, in the order they were made.</summary>
    public List<string>? SuperAdmins { get; set; }

    /// <summary>The groups with all their state; absent in files saved before groups existed.</summary>
    public List<GroupRecord>? Groups { get; set; }

    /// <summary>Users' attributes (profiles), see <see cref="UserProfileState"/>.</summary>
    public List<StateFileUserAttributes>? UserAttributes { get; set; }

    /// <summary>Users' contacts, in the order made, with each owner's remark; both users list each other.</summary>
    public List<StateFileUserRelations>? Contacts { get; set; }

    /// <summary>Users' block lists, oldest first.</summary>
    public List<StateFileUserRelations>? BlockedUsers { get; set; }
}

internal sealed class StateFileUserRelations
{
    public string? Username { get; set; }

    public List<StateFileRelatedUser>? Users { get; set; }
}

internal sealed class StateFileRelatedUser
{
    public string? Username { get; set; }

    /// <summary>A contact's remark; null for none and for block lists.</summary>
    public string? Remark { get; set; }
}

internal sealed class StateFileUserAttributes
{
    public string? Username { get; set; }

    public Dictionary<string, string>? Attributes { get; set; }
}

internal sealed class StateFileUser
{
    public string? Username { get; set; }

    /// <summary>Null: a new one is generated.</summary>
    public string? Uuid { get; set; }

    public string? Nickname { get; set; }

    /// <summary>Unix milliseconds; null: the time of loading.</summary>
    public long? Created { get; set; }

    /// <summary>False: banned (Disable-EmUser); null: activated.</summary>
    public bool? Activated { get; set; }
}

internal sealed class StateFileChatroom
{
    /// <summary>The numeric id as a string (it is beyond 2^53); null: the next free id.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    /// <summary>Null: the service's default.</summary>
    public int? MaxUsers { get; set; }

    /// <summary>Every member but the owner, in joining order.</summary>
    public List<string>? Members { get; set; }

    /// <summary>Members that are admins.</summary>
    public List<string>? Admins { get; set; }

    public string? Custom { get; set; }

    /// <summary>Unix milliseconds; null: the time of loading.</summary>
    public long? Created { get; set; }

    /// <summary>The chatroom's mute list; a mute outlives membership, so a muted user need not be a member.</summary>
    public List<StateFileChatroomMute>? Mutes { get; set; }

    /// <summary>Everyone but the owner, admins and allowlist muted; null: off.</summary>
    public bool? MuteAll { get; set; }

    /// <summary>The allowlist, in the order added.</summary>
    public List<string>? Allowed { get; set; }

    /// <summary>The blocklist, in the order blocked; a blocked user is not a member.</summary>
    public List<string>? Blocked { get; set; }

    /// <summary>Null: none.</summary>
    public string? Announcement { get; set; }

    /// <summary>The custom attributes, in the order they were first set.</summary>
    public List<StateFileChatroomAttribute>? Attributes { get; set; }
}

internal sealed class StateFileChatroomMute
{
    public string? Username { get; set; }

    /// <summary>-1 permanent, otherwise when the mute ends in Unix milliseconds.</summary>
    public long? Expire { get; set; }
}

internal sealed class StateFileChatroomAttribute
{
    public string? Key { get; set; }

    public string? Value { get; set; }

    /// <summary>The member who set it.</summary>
    public string? Owner { get; set; }

    /// <summary>True: kept when the owner leaves (the service's autoDelete NO_DELETE); null: deleted then.</summary>
    public bool? KeepAfterOwnerLeaves { get; set; }
}

/// <summary>Per scope: null never set, -1 permanent, 0 lifted, otherwise when the mute ends in Unix milliseconds.</summary>
internal sealed class StateFileGlobalMute
{
    public string? Username { get; set; }

    public long? Chat { get; set; }

    public long? GroupChat { get; set; }

    public long? Chatroom { get; set; }
}
