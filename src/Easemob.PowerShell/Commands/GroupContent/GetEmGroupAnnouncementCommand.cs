using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Gets groups' announcements; a group object or id pipes in.</summary>
    [Cmdlet(VerbsCommon.Get, "EmGroupAnnouncement")]
    [OutputType(typeof(EmGroupAnnouncement))]
    public sealed class GetEmGroupAnnouncementCommand : EmGroupCmdlet
    {
        protected override void ProcessRecord() =>
            StartChatroomRead<EmGroupAnnouncement>(async (id, cancellationToken) => new[] { await Client.GetGroupAnnouncementAsync(id, cancellationToken).ConfigureAwait(false) });
    }
}
