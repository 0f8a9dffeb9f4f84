using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Adds users to chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the whole pipeline. A user
/// already in the chatroom is a success.
/// </summary>
[Cmdlet(VerbsCommon.Add, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmChatroomMember))]
public sealed class AddEmChatroomMemberCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Add members", Client.AddChatroomMembersAsync, (item, _) => PassThru ? new EmChatroomMember { ChatroomId = item.ChatroomId, Username = item.Username, Role = EmChatroomRole.Member } : null);
}
