using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Deletes chatrooms (Remove-EmGroup is this cmdlet for groups).</summary>
[Cmdlet(VerbsCommon.Remove, "EmChatroom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(EmChatroom))]
public class RemoveEmChatroomCommand : EmChatroomCmdlet
{
    /// <summary>Deletes without asking for confirmation (-WhatIf still only reports).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes an object with the id of each deleted chatroom.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in CheckedIds())
        {
            if (ShouldProcessUnlessForced(id, "Remove " + Room.Noun, Force))
            {
                StartRemove(id);
            }
        }
    }

    private void StartRemove(string id)
    {
        var (room, client) = (Room, Client);
        Items.Start(id, async cancellationToken =>
        {
            var deleted = await room.DeleteAsync(client, id, cancellationToken).ConfigureAwait(false);
            return () =>
            {
                if (!deleted)
                {
                    WriteError(ErrorRecords.InvalidOperation(room.Title + "NotRemoved", "The server did not delete " + room.Noun + " " + id + ".", id));
                }
                else if (PassThru)
                {
                    WriteObject(room.IdOnly(id));
                }
            };
        });
    }
}
