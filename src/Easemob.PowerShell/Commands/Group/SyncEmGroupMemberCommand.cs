using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Makes each group's members equal to the given users: Sync-EmChatroomMember's implementation with the group's
/// calls (its <see cref="RoomKind"/>) and the group's -Id.
/// </summary>
[Cmdlet(VerbsData.Sync, "EmGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupSyncResult))]
public sealed class SyncEmGroupMemberCommand : SyncEmChatroomMemberCommand
{
    /// <summary>The group id; from the pipeline as a string or as an object with an Id or GroupId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId")]
    [ArgumentCompleter(typeof(GroupIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmGroup.Id), nameof(EmGroupMember.GroupId))]
    public new string[] Id { get; set; } = new string[0];

    private protected override RoomKind Room => RoomKind.Group;

    private protected override string[] RoomIds => Id;
}
