using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Gets chatrooms' announcements; a chatroom object or id pipes in.</summary>
    [Cmdlet(VerbsCommon.Get, "EmChatroomAnnouncement")]
    [OutputType(typeof(EmChatroomAnnouncement))]
    public sealed class GetEmChatroomAnnouncementCommand : EmChatroomCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                Items.Start(id, async cancellationToken =>
                {
                    var announcement = await Client.GetChatroomAnnouncementAsync(id, cancellationToken).ConfigureAwait(false);
                    return () => WriteObject(announcement);
                });
            }
        }
    }
}
