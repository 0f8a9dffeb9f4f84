using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Adds users to groups, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per group across the whole pipeline. A blocked user or a full or disabled group is that user's own error; a user already a member is a success.</summary>
[Cmdlet(VerbsCommon.Add, "EmGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmGroupMember))]
public sealed class AddEmGroupMemberCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Add members", Client.AddGroupMembersAsync, (item, _) => PassThru ? new EmGroupMember { GroupId = item.ChatroomId, Username = item.Username, Role = EmGroupRole.Member } : null);
}
