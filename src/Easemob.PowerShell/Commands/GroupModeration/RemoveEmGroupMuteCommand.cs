using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Lifts mutes in groups, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users per request, grouped per group across the pipeline; or, with -All, lifts
/// mute-all. Lifting a mute that is not there succeeds.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "EmGroupMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UsersSet)]
[OutputType(typeof(EmGroupMute), ParameterSetName = new[] { UsersSet })]
[OutputType(typeof(EmGroup), ParameterSetName = new[] { AllSet })]
public sealed class RemoveEmGroupMuteCommand : EmRemoveMuteCmdlet
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

    private protected override Task<IReadOnlyList<ItemOutcome<bool>>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        Client.UnmuteGroupMembersAsync(groupId, usernames, cancellationToken);

    private protected override object Unmuted(ChatroomUserItem item) => new EmGroupMute { GroupId = item.ChatroomId, Username = item.Username };
}
