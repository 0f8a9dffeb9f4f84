using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Blocks members from groups, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per group across the pipeline: the server removes them and refuses them until unblocked. The owner cannot be blocked.</summary>
[Cmdlet(VerbsSecurity.Block, "EmGroupUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupUser))]
public sealed class BlockEmGroupUserCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Block", Client.BlockGroupUsersAsync, (item, _) => PassThru ? new EmGroupUser { GroupId = item.ChatroomId, Username = item.Username } : null);
}
