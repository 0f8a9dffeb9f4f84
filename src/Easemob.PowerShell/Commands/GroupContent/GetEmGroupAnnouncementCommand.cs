using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets groups' announcements: Get-EmChatroomAnnouncement's implementation with the group calls and -Id.</summary>
[Cmdlet(VerbsCommon.Get, "EmGroupAnnouncement")]
[OutputType(typeof(EmGroupAnnouncement))]
public sealed class GetEmGroupAnnouncementCommand : GetEmChatroomAnnouncementCommand
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
