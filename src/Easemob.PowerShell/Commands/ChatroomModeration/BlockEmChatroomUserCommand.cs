using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Blocks users from chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the pipeline: the server removes them and refuses them until unblocked. The owner cannot be blocked.</summary>
[Cmdlet(VerbsSecurity.Block, "EmChatroomUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroomUser))]
public sealed class BlockEmChatroomUserCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Block", Client.BlockChatroomUsersAsync, (item, _) => PassThru ? new EmChatroomUser { ChatroomId = item.ChatroomId, Username = item.Username } : null);
}
