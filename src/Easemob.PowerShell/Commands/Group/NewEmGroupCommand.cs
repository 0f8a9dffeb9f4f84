using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Creates groups with every documented field. Every parameter binds by property name (`Import-Csv groups.csv |
/// New-EmGroup`; a piped EmGroup is a template); only given fields are sent, checked before anything is sent. A
/// create whose answer is lost is resolved as New-EmChatroom's is, never made twice.
/// </summary>
[Cmdlet(VerbsCommon.New, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroup))]
public sealed class NewEmGroupCommand : EmBulkCmdlet
{
    /// <summary>The groups this pipeline made, so resolving one item's lost answer never claims another's group.</summary>
    private readonly ChatroomCreateRun run = new ChatroomCreateRun();

    public NewEmGroupCommand()
        : base(EmApiFamily.GroupCollection)
    {
    }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Name { get; set; } = string.Empty;

    /// <summary>The owner's user name; the user must exist.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation]
    public string Owner { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Description { get; set; }

    /// <summary>A public group can be found and applied to; a private one (the default) only invited into.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? Public { get; set; }

    /// <summary>Most members, owner included (server default <see cref="EmApiLimits.DefaultGroupMaxUsers"/>).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [WholeNumberTransformation]
    public int? MaxUsers { get; set; }

    /// <summary>Whether ordinary members may invite (private groups only at creation).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? AllowInvites { get; set; }

    /// <summary>Whether joining a public group needs an owner's or admin's approval.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? MembersOnly { get; set; }

    /// <summary>Whether an invited user must accept (server default true).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public bool? InviteNeedConfirm { get; set; }

    /// <summary>Members besides the owner; a single string is split on ';', ',' and white space.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [UserListTransformation]
    public string[]? Members { get; set; }

    /// <summary>Extension data, at most <see cref="EmApiLimits.MaxGroupCustomBytes"/> bytes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Custom { get; set; }

    /// <summary>The avatar URL, at most <see cref="EmApiLimits.MaxGroupAvatarLength"/> characters.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Avatar { get; set; }

    protected override void ProcessRecord()
    {
        var givenMembers = Given(nameof(Members), Members);
        var members = givenMembers?.Distinct(EmApiLimits.UsernameComparer).Where(m => !EmApiLimits.UsernameComparer.Equals(m, Owner.Trim())).ToList();
        var request = new NewGroupRequest
        {
            Name = Name,
            Description = Given(nameof(Description), Description),
            Public = Given(nameof(Public), Public) ?? false,
            MaxUsers = Given(nameof(MaxUsers), MaxUsers),
            AllowInvites = Given(nameof(AllowInvites), AllowInvites),
            MembersOnly = Given(nameof(MembersOnly), MembersOnly),
            InviteNeedConfirm = Given(nameof(InviteNeedConfirm), InviteNeedConfirm),
            Owner = Owner,
            Members = members == null || members.Count == 0 ? null : members,
            Custom = Given(nameof(Custom), Custom),
            Avatar = Given(nameof(Avatar), Avatar),
        };
        var invalid = InputChecks.GroupName(request.Name, Name)
            ?? InputChecks.Username(request.Owner, "InvalidOwner", Name)
            ?? InputChecks.GroupDescription(request.Description, Name)
            ?? InputChecks.GroupMaxUsers(request.MaxUsers, Name)
            ?? InputChecks.Custom(request.Custom, Name)
            ?? InputChecks.Avatar(request.Avatar, Name)
            ?? InputChecks.MemberNames(givenMembers, Name)
            ?? InputChecks.MemberCount(members?.Count ?? 0, request.MaxUsers, Name, EmApiLimits.DefaultGroupMaxUsers);
        if (invalid != null)
        {
            WriteError(invalid);
            return;
        }
        if (!ShouldProcess(Name + " (owner " + Owner + ")", "Create group"))
        {
            return;
        }
        Items.Start(Name, async cancellationToken =>
        {
            var id = await Client.CreateGroupAsync(request, run, cancellationToken).ConfigureAwait(false);
            // Only what was sent is known without another request (one that could fail after the create succeeded).
            var owner = EmApiLimits.NormalizeUsername(request.Owner);
            var created = new EmGroup
            {
                Id = id,
                Name = request.Name,
                Description = request.Description,
                Owner = owner,
                Public = request.Public,
                MaxUsers = request.MaxUsers,
                AllowInvites = request.AllowInvites,
                MembersOnly = request.MembersOnly,
                InviteNeedConfirm = request.InviteNeedConfirm,
                Custom = request.Custom,
                Avatar = request.Avatar,
                Members = new[] { owner }.Concat((request.Members ?? new string[0]).Select(EmApiLimits.NormalizeUsername)).ToArray(),
                MemberCount = 1 + (request.Members?.Count ?? 0),
            };
            return () => WriteObject(created);
        });
    }
}
