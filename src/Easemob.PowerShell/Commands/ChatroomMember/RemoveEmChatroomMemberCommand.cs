using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Removes members from chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the whole pipeline. A user
/// that was not a member is that user's own error; the others are removed.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroomMember))]
public sealed class RemoveEmChatroomMemberCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes an object for each user changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        SendInBatches("Remove members", Client.RemoveChatroomMembersAsync, (item, _) => PassThru ? new EmChatroomMember { ChatroomId = item.ChatroomId, Username = item.Username, Role = EmChatroomRole.Member } : null);
}
