using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Takes users off groups' allowlists, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per group across the pipeline.</summary>
[Cmdlet(VerbsCommon.Remove, "EmGroupAllowedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmGroupUser))]
public sealed class RemoveEmGroupAllowedUserCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Disallow", Client.DisallowGroupUsersAsync, (item, _) => PassThru ? new EmGroupUser { GroupId = item.ChatroomId, Username = item.Username } : null);
}
