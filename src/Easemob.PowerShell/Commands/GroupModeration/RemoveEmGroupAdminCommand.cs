using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Makes group admins ordinary members again, one request per user.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmGroupAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroupMember))]
    public sealed class RemoveEmGroupAdminCommand : EmGroupRoleCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeRole("Remove admin", EmChatroomRole.Member, (id, user, cancellationToken) => Client.RemoveGroupAdminAsync(id, user, cancellationToken));
    }
}
