using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Makes admins of a chatroom ordinary members again, one request per user.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmChatroomAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomMember))]
    public sealed class RemoveEmChatroomAdminCommand : EmChatroomRoleCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeRole("Revoke admin", EmChatroomRole.Member, (id, user, cancellationToken) => Client.RemoveChatroomAdminAsync(id, user, cancellationToken));
    }
}
