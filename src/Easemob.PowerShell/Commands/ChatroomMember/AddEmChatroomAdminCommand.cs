using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Makes members of a chatroom its admins (at most <see cref="EmApiLimits.MaxChatroomAdmins"/> besides the owner), one request per user.</summary>
[Cmdlet(VerbsCommon.Add, "EmChatroomAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroomMember))]
public sealed class AddEmChatroomAdminCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes the member with its new role.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        StartPerUser("Make admin", async (item, cancellationToken) =>
        {
            await Client.AddChatroomAdminAsync(item.ChatroomId, item.Username, cancellationToken).ConfigureAwait(false);
            return () =>
            {
                if (PassThru)
                {
                    WriteObject(new EmChatroomMember { ChatroomId = item.ChatroomId, Username = item.Username, Role = EmChatroomRole.Admin });
                }
            };
        });
}
