using Easemob.PowerShell.Emulator.State;

namespace Easemob.PowerShell.Emulator
{
    public sealed partial class EmulatorStore
    {
        /// <summary>Users' attributes (profiles): their own state, saved in the state file.</summary>
        public UserProfileState UserProfiles { get; } = new UserProfileState();

        /// <summary>Users' contacts and block lists: their own state, saved in the state file.</summary>
        public UserRelationState UserRelations { get; } = new UserRelationState();
    }
}
