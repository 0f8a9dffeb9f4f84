using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sets chatrooms' announcements (at most <see cref="EmApiLimits.MaxAnnouncementLength"/> characters). Clearing is explicit: -Announcement '' on the command
/// line; a blank value that came from the pipeline (an empty CSV cell) is not given. Set-EmGroupAnnouncement is this
/// cmdlet for groups.
/// </summary>
[Cmdlet(VerbsCommon.Set, "EmChatroomAnnouncement", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroomAnnouncement))]
public class SetEmChatroomAnnouncementCommand : EmChatroomCmdlet
{
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Announcement { get; set; } = string.Empty;

    /// <summary>Writes the announcement as set.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var id in CheckedIds())
        {
            var announcement = Given(nameof(Announcement), Announcement);
            var invalid = announcement == null
                ? InputChecks.NothingToSet("No announcement was given for " + Room.Noun + " " + id + ". To clear it, pass -Announcement '' on the command line.", id)
                : InputChecks.Announcement(announcement, id);
            if (invalid != null)
            {
                WriteError(invalid);
                continue;
            }
            if (!ShouldProcess(id, announcement!.Length == 0 ? "Clear announcement" : "Set announcement"))
            {
                continue;
            }
            var (room, client, passThru) = (Room, Client, PassThru.IsPresent);
            Items.Start(id, async cancellationToken =>
            {
                var done = await room.SetAnnouncementAsync(client, id, announcement, cancellationToken).ConfigureAwait(false);
                if (!done)
                {
                    return () => WriteError(ErrorRecords.InvalidOperation("AnnouncementNotSet", "The server did not set the announcement of " + room.Noun + " " + id + ".", id));
                }
                return passThru ? () => WriteObject(room.Announcement(id, announcement)) : NoWrites;
            });
        }
    }
}
