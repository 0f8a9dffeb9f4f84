using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Makes group admins ordinary members again, one request per user.</summary>
[Cmdlet(VerbsCommon.Remove, "EmGroupAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupMember))]
public sealed class RemoveEmGroupAdminCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes the member with its new role.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        StartPerUser("Revoke admin", async (item, cancellationToken) =>
        {
            await Client.RemoveGroupAdminAsync(item.ChatroomId, item.Username, cancellationToken).ConfigureAwait(false);
            return () =>
            {
                if (PassThru)
                {
                    WriteObject(new EmGroupMember { GroupId = item.ChatroomId, Username = item.Username, Role = EmGroupRole.Member });
                }
            };
        });
}
