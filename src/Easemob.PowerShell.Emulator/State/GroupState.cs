using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// The app's groups, oldest first, and the numbers the next group and shared file get. Only touched under the
/// store's lock; the rules of the group calls are in <see cref="EmulatorGroupStore"/>.
/// </summary>
internal sealed class GroupState : StoreFamily
{
    public const long FirstGroupId = 190_000_000_000_000_001;

    public List<GroupRecord> Groups { get; } = new List<GroupRecord>();

    public long NextGroupId { get; set; } = FirstGroupId;

    public long NextFileNumber { get; set; } = 1;

    /// <summary>
    /// A deleted user leaves every group's member, admin, mute, allow and block lists and takes their member
    /// attributes along. An owner stays the group's owner: the service dissolves such groups, which the
    /// emulator does not model, and "groups whose owner is gone" is what an operator then looks for.
    /// </summary>
    public override void UserDeleted(string username)
    {
        foreach (var group in Groups)
        {
            group.Members.Remove(username);
            group.Blocked.Remove(username);
            GroupRecord.Leave(group, username);
        }
    }
}
