using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Mutes group members for a time (sent in milliseconds) or permanently, up to 60 per request, grouped per group
/// across the pipeline; or, with -All, mutes everyone but the allowlist. The owner cannot be muted.
/// </summary>
[Cmdlet(VerbsCommon.Add, "EmGroupMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UsersSet)]
[OutputType(typeof(EmGroupMute), ParameterSetName = new[] { UsersSet })]
[OutputType(typeof(EmGroup), ParameterSetName = new[] { AllSet })]
public sealed class AddEmGroupMuteCommand : EmAddMuteCmdlet<EmGroupMute>
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

    private protected override Task<IReadOnlyList<ItemOutcome<EmGroupMute>>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        Client.MuteGroupMembersAsync(groupId, usernames, MuteDuration, cancellationToken);
}
