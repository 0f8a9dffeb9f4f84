using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the group cmdlets that act on users of a group: the chatroom machinery (<see cref="EmChatroomUsersCmdlet"/>:
/// per-user requests, batches across the pipeline, mute-all) with the group's -Id, which hides the chatroom one
/// (PowerShell binds the most derived parameter of a name).
/// </summary>
public abstract class EmGroupUsersCmdlet : EmChatroomUsersCmdlet
{
    protected EmGroupUsersCmdlet()
        : base(EmApiFamily.GroupItem)
    {
    }

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
