using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Unblocks users of chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the pipeline; they may join again.</summary>
[Cmdlet(VerbsSecurity.Unblock, "EmChatroomUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmChatroomUser))]
public sealed class UnblockEmChatroomUserCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Unblock", Client.UnblockChatroomUsersAsync, (item, _) => PassThru ? new EmChatroomUser { ChatroomId = item.ChatroomId, Username = item.Username } : null);
}
