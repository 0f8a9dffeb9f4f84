using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Makes admins of a chatroom ordinary members again, one request per user.</summary>
[Cmdlet(VerbsCommon.Remove, "EmChatroomAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroomMember))]
public sealed class RemoveEmChatroomAdminCommand : EmChatroomUsersCmdlet
{
    /// <summary>Writes the member with its new role.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        StartPerUser("Revoke admin", async (item, cancellationToken) =>
        {
            await Client.RemoveChatroomAdminAsync(item.ChatroomId, item.Username, cancellationToken).ConfigureAwait(false);
            return () =>
            {
                if (PassThru)
                {
                    WriteObject(new EmChatroomMember { ChatroomId = item.ChatroomId, Username = item.Username, Role = EmChatroomRole.Member });
                }
            };
        });
}
