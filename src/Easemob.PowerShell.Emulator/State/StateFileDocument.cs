using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>
    /// The emulator state file as JSON: a format marker and version, then the store's records. A new field
    /// of the store is added here and in EmulatorStore.StateFile.cs; a field a file leaves out takes its default,
    /// so a hand-written fixture names only what it needs.
    /// </summary>
    internal sealed class StateFileDocument
    {
        public const string FormatMarker = "Easemob.PowerShell.EmulatorState";
        public const int CurrentVersion = 1;

        public string? Format { get; set; }

        public int? Version { get; set; }

        public List<StateFileUser>? Users { get; set; }

        public List<StateFileChatroom>? Chatrooms { get; set; }

        /// <summary>The global mute list, first muted first.</summary>
        public List<StateFileGlobalMute>? GlobalMutes { get; set; }
    }

    internal sealed class StateFileUser
    {
        public string? Username { get; set; }

        /// <summary>Null: a new one is generated.</summary>
        public string? Uuid { get; set; }

        public string? Nickname { get; set; }

        /// <summary>Unix milliseconds; null: the time of loading.</summary>
        public long? Created { get; set; }
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
    }

    /// <summary>Per scope: null never set, -1 permanent, 0 lifted, otherwise when the mute ends in Unix milliseconds.</summary>
    internal sealed class StateFileGlobalMute
    {
        public string? Username { get; set; }

        public long? Chat { get; set; }

        public long? GroupChat { get; set; }

        public long? Chatroom { get; set; }
    }
}
