using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Removes members from groups, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per group across the whole pipeline. The owner or a user that was not a member is that user's own error; the others are removed.</summary>
[Cmdlet(VerbsCommon.Remove, "EmGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupMember))]
public sealed class RemoveEmGroupMemberCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Remove members", Client.RemoveGroupMembersAsync, (item, _) => PassThru ? new EmGroupMember { GroupId = item.ChatroomId, Username = item.Username, Role = EmGroupRole.Member } : null);
}
