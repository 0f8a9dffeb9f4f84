using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Transfers a chatroom to a new owner (Set-EmGroupOwner is this cmdlet for groups).</summary>
[Cmdlet(VerbsCommon.Set, "EmChatroomOwner", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroom))]
public class SetEmChatroomOwnerCommand : EmChatroomCmdlet
{
    /// <summary>The new owner's user name.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation]
    public string NewOwner { get; set; } = string.Empty;

    /// <summary>Writes the chatroom as it is after the transfer (one more request per chatroom).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var newOwner = NewOwner;
        foreach (var id in CheckedIds())
        {
            var invalid = InputChecks.Username(newOwner, "InvalidNewOwner", id);
            if (invalid != null)
            {
                WriteError(invalid);
                continue;
            }
            if (ShouldProcess(id, "Transfer " + Room.Noun + " to " + newOwner))
            {
                StartTransfer(id, newOwner);
            }
        }
    }

    private void StartTransfer(string id, string newOwner)
    {
        var (room, client, passThru) = (Room, Client, PassThru.IsPresent);
        Items.Start(id, async cancellationToken =>
        {
            var transferred = await room.TransferOwnerAsync(client, id, newOwner, cancellationToken).ConfigureAwait(false);
            var updated = passThru && transferred ? await room.GetAsync(client, id, cancellationToken).ConfigureAwait(false) : null;
            return () =>
            {
                if (!transferred)
                {
                    WriteError(ErrorRecords.InvalidOperation(room.Title + "NotTransferred", "The server did not transfer " + room.Noun + " " + id + " to " + newOwner + ".", id));
                }
                else if (updated != null)
                {
                    WriteObject(updated);
                }
            };
        });
    }
}
