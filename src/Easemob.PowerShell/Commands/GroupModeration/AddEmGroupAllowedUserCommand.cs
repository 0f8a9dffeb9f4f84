using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Puts members on groups' allowlists, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per group across the pipeline: a mute-all does not silence them.</summary>
[Cmdlet(VerbsCommon.Add, "EmGroupAllowedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmGroupUser))]
public sealed class AddEmGroupAllowedUserCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Allow", Client.AllowGroupUsersAsync, (item, _) => PassThru ? new EmGroupUser { GroupId = item.ChatroomId, Username = item.Username } : null);
}
