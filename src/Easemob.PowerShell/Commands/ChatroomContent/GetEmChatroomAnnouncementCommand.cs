using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets chatrooms' announcements; a chatroom object or id pipes in (Get-EmGroupAnnouncement is this cmdlet for groups).</summary>
[Cmdlet(VerbsCommon.Get, "EmChatroomAnnouncement")]
[OutputType(typeof(EmChatroomAnnouncement))]
public class GetEmChatroomAnnouncementCommand : EmChatroomCmdlet
{
    protected override void ProcessRecord()
    {
        foreach (var id in CheckedIds())
        {
            var (room, client) = (Room, Client);
            Items.Start(id, async cancellationToken =>
            {
                var announcement = await room.GetAnnouncementAsync(client, id, cancellationToken).ConfigureAwait(false);
                return () => WriteObject(announcement);
            });
        }
    }
}
