using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    // The group forms of the chatroom user bases: the chatroom machinery with the group's -Id, which hides the
    // chatroom one (PowerShell binds the most derived parameter of a name). C# has one base class, so each form
    // declares the -Id itself.

    /// <summary>Base of the group cmdlets that act on users of a group one by one (<see cref="EmChatroomUsersCmdlet"/>).</summary>
    public abstract class EmGroupUsersCmdlet : EmChatroomUsersCmdlet
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

    /// <summary>Base of the group cmdlets that change users in batches of 60 per group (<see cref="EmChatroomUserBatchCmdlet{TResult}"/>).</summary>
    public abstract class EmGroupUserBatchCmdlet<TResult> : EmChatroomUserBatchCmdlet<TResult>
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

    /// <summary>Base of the group admin cmdlets: one request per user (<see cref="EmChatroomRoleCmdlet"/>).</summary>
    public abstract class EmGroupRoleCmdlet : EmChatroomRoleCmdlet
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
}
