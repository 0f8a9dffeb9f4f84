using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Changes groups' settings; only the given fields are sent (a blank CSV cell is not given).</summary>
[Cmdlet(VerbsCommon.Set, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroup))]
public sealed class SetEmGroupCommand : EmGroupCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Name { get; set; }

    /// <summary>The description; -Description '' on the command line clears it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Description { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Avatar { get; set; }

    /// <summary>Most members, owner included; only a blank cell is not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [WholeNumberTransformation]
    public int? MaxUsers { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? Public { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? MembersOnly { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? AllowInvites { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? InviteNeedConfirm { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Custom { get; set; }

    /// <summary>Writes the group as it is after the change (one more request per group).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var changes = new GroupChanges
        {
            Name = Given(nameof(Name), Name),
            Description = Given(nameof(Description), Description),
            Avatar = Given(nameof(Avatar), Avatar),
            MaxUsers = Given(nameof(MaxUsers), MaxUsers),
            Public = Given(nameof(Public), Public),
            MembersOnly = Given(nameof(MembersOnly), MembersOnly),
            AllowInvites = Given(nameof(AllowInvites), AllowInvites),
            InviteNeedConfirm = Given(nameof(InviteNeedConfirm), InviteNeedConfirm),
            Custom = Given(nameof(Custom), Custom),
        };
        var given = MyInvocation.MyCommand.Parameters.Keys
            .Where(p => typeof(GroupChanges).GetProperty(p)?.GetValue(changes) != null).ToArray();
        foreach (var id in CheckedIds())
        {
            var invalid = (given.Length == 0 ? InputChecks.NothingToSet("Give at least one group setting to change, e.g. -Name or -Public.", id) : null)
                ?? (changes.Name != null ? InputChecks.GroupName(changes.Name, id) : null)
                ?? InputChecks.GroupDescription(changes.Description, id)
                ?? InputChecks.GroupMaxUsers(changes.MaxUsers, id)
                ?? InputChecks.Avatar(changes.Avatar, id)
                ?? InputChecks.Custom(changes.Custom, id);
            if (invalid != null)
            {
                WriteError(invalid);
            }
            else if (ShouldProcess(id, "Set group " + string.Join(", ", given)))
            {
                StartGroupChange(id, async ct => (await Client.UpdateGroupAsync(id, changes, ct).ConfigureAwait(false)).Values.All(done => done),
                    PassThru, "GroupNotUpdated", "change every given setting of group " + id);
            }
        }
    }
}
