using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Makes users chatroom super admins (they may create chatrooms from the client), one request per user.</summary>
    [Cmdlet(VerbsCommon.Add, "EmChatroomSuperAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomSuperAdmin))]
    public sealed class AddEmChatroomSuperAdminCommand : EmSuperAdminCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeSuperAdmins("Make chatroom super admin", (user, cancellationToken) => Client.AddChatroomSuperAdminAsync(user, cancellationToken));
    }
}
