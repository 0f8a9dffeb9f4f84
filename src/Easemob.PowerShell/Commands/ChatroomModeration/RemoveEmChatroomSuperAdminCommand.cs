using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Revokes users' chatroom super admin role, one request per user.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmChatroomSuperAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomSuperAdmin))]
    public sealed class RemoveEmChatroomSuperAdminCommand : EmSuperAdminCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeSuperAdmins("Revoke chatroom super admin", (user, cancellationToken) => Client.RemoveChatroomSuperAdminAsync(user, cancellationToken));
    }
}
