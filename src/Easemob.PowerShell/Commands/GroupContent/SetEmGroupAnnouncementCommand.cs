using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Sets groups' announcements (at most 512 characters): Set-EmChatroomAnnouncement's implementation with the group calls and -Id.</summary>
[Cmdlet(VerbsCommon.Set, "EmGroupAnnouncement", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupAnnouncement))]
public sealed class SetEmGroupAnnouncementCommand : SetEmChatroomAnnouncementCommand
{
    /// <summary>The group id; from the pipeline as a string or as an object with an Id or GroupId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId")]
    [ArgumentCompleter(typeof(GroupIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmGroup.Id), nameof(EmGroupMember.GroupId))]
    public new string[] Id { get; set; } = new string[0];

    private protected override RoomKind Room => RoomKind.Group;

    private protected override string[] RoomIds => Id;
}
