using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Takes users off chatrooms' allowlists, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the pipeline.</summary>
[Cmdlet(VerbsCommon.Remove, "EmChatroomAllowedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmChatroomUser))]
public sealed class RemoveEmChatroomAllowedUserCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Remove from the allowlist", Client.DisallowChatroomUsersAsync, (item, _) => PassThru ? new EmChatroomUser { ChatroomId = item.ChatroomId, Username = item.Username } : null);
}
