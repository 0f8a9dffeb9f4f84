using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Makes members of a chatroom its admins (at most <see cref="EmApiLimits.MaxChatroomAdmins"/> besides the owner), one request per user.</summary>
    [Cmdlet(VerbsCommon.Add, "EmChatroomAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomMember))]
    public sealed class AddEmChatroomAdminCommand : EmChatroomRoleCmdlet
    {
        protected override void ProcessRecord() =>
            ChangeRole("Make admin", EmChatroomRole.Admin, (id, user, cancellationToken) => Client.AddChatroomAdminAsync(id, user, cancellationToken));
    }
}
