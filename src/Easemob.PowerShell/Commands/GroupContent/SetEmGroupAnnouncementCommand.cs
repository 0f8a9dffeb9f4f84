using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Sets groups' announcements (at most <see cref="EmApiLimits.MaxAnnouncementLength"/> characters). Clearing is explicit:
    /// -Announcement '' on the command line; a blank value from the pipeline (an empty CSV cell) is not given.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EmGroupAnnouncement", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroupAnnouncement))]
    public sealed class SetEmGroupAnnouncementCommand : EmGroupCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Announcement { get; set; } = string.Empty;

        /// <summary>Writes the announcement as set.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var announcement = Given(nameof(Announcement), Announcement);
            foreach (var id in CheckedIds())
            {
                var invalid = announcement == null
                    ? InputChecks.NothingToSet("No announcement was given for group " + id + ". To clear it, pass -Announcement '' on the command line.", id)
                    : InputChecks.Announcement(announcement, id);
                if (invalid != null)
                {
                    WriteError(invalid);
                }
                else if (ShouldProcess(id, announcement!.Length == 0 ? "Clear announcement" : "Set announcement"))
                {
                    var passThru = PassThru.IsPresent;
                    StartItem(id, async cancellationToken =>
                    {
                        var done = await Client.SetGroupAnnouncementAsync(id, announcement, cancellationToken).ConfigureAwait(false);
                        return !done ? () => WriteError(ErrorRecords.InvalidOperation("AnnouncementNotSet", "The server did not set the announcement of group " + id + ".", id))
                            : passThru ? () => WriteObject(new EmGroupAnnouncement { GroupId = id, Announcement = announcement })
                            : NoWrites;
                    });
                }
            }
        }
    }
}
