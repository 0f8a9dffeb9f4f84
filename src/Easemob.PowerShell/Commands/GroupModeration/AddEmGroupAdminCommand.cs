using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Makes members of a group its admins (at most <see cref="EmApiLimits.MaxGroupAdmins"/> besides the owner), one request per user.</summary>
[Cmdlet(VerbsCommon.Add, "EmGroupAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupMember))]
public sealed class AddEmGroupAdminCommand : EmGroupUsersCmdlet
{
    /// <summary>Writes the member with its new role.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        StartPerUser("Make admin", async (item, cancellationToken) =>
        {
            await Client.AddGroupAdminAsync(item.ChatroomId, item.Username, cancellationToken).ConfigureAwait(false);
            return () =>
            {
                if (PassThru)
                {
                    WriteObject(new EmGroupMember { GroupId = item.ChatroomId, Username = item.Username, Role = EmGroupRole.Admin });
                }
            };
        });
}
