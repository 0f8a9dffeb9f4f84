using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Makes members of a group its admins (at most 99 besides the owner), one request per user.</summary>
    [Cmdlet(VerbsCommon.Add, "EmGroupAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroupMember))]
    public sealed class AddEmGroupAdminCommand : EmGroupRoleCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeRole("Make admin", EmChatroomRole.Admin, (id, user, cancellationToken) => Client.AddGroupAdminAsync(id, user, cancellationToken));
    }
}
