using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Creates chatrooms. Every parameter binds by property name, so `Import-Csv rooms.csv | New-EmChatroom`
/// works, and a piped EmChatroom is a template (copying rooms to another app); only given fields are
/// sent, and input is checked against the documented limits before anything is sent.
/// </summary>
[Cmdlet(VerbsCommon.New, "EmChatroom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroom))]
public sealed class NewEmChatroomCommand : EmBulkCmdlet
{
    public NewEmChatroomCommand()
        : base(EmApiFamily.ChatroomCollection)
    {
    }

    /// <summary>The rooms this pipeline made, so that resolving one item's lost answer never claims another's room.</summary>
    private readonly ChatroomCreateRun run = new ChatroomCreateRun();

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

    /// <summary>
    /// Most members, owner included (1 to <see cref="EmApiLimits.MaxChatroomMaxUsers"/>; the server applies
    /// <see cref="EmApiLimits.DefaultChatroomMaxUsers"/> when not given). Only a blank cell is not given.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [WholeNumberTransformation]
    public int? MaxUsers { get; set; }

    /// <summary>
    /// Members besides the owner; a single string is split on ';', ',' and white space. Repeated names and
    /// the owner (an EmChatroom's Members include it) are sent once.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [UserListTransformation]
    public string[]? Members { get; set; }

    /// <summary>Extension data, at most <see cref="EmApiLimits.MaxChatroomCustomBytes"/> bytes.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Custom { get; set; }

    /// <summary>
    /// A chosen chatroom id (<see cref="EmApiLimits.IsValidChosenChatroomId"/>): the app must have custom chatroom ids enabled. Makes the
    /// create idempotent, so it is retried through every fault.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? RoomId { get; set; }

    protected override void ProcessRecord()
    {
        var givenMembers = Given(nameof(Members), Members);
        var members = givenMembers?.Distinct(EmApiLimits.UsernameComparer).Where(m => !EmApiLimits.UsernameComparer.Equals(m, Owner.Trim())).ToList();
        var request = new NewChatroomRequest
        {
            Name = Name,
            Description = Given(nameof(Description), Description),
            MaxUsers = Given(nameof(MaxUsers), MaxUsers),
            Owner = Owner,
            Members = members == null || members.Count == 0 ? null : members,
            Custom = Given(nameof(Custom), Custom),
            RoomId = Given(nameof(RoomId), RoomId)?.Trim(),
        };
        var invalid = InputChecks.Name(request.Name, Name)
            ?? InputChecks.Username(request.Owner, "InvalidOwner", Name)
            ?? InputChecks.Description(request.Description, Name)
            ?? InputChecks.MaxUsers(request.MaxUsers, Name)
            ?? InputChecks.Custom(request.Custom, Name)
            ?? InputChecks.ChosenChatroomId(request.RoomId, Name)
            ?? InputChecks.MemberNames(givenMembers, Name)
            ?? InputChecks.MemberCount(members?.Count ?? 0, request.MaxUsers, Name);
        if (invalid != null)
        {
            WriteError(invalid);
            return;
        }
        if (!ShouldProcess(Name + " (owner " + Owner + ")", "Create chatroom"))
        {
            return;
        }
        Items.Start(Name, async cancellationToken =>
        {
            var id = await Client.CreateChatroomAsync(request, run, cancellationToken).ConfigureAwait(false);
            // Only what was sent is known without another request; the rest stays null. User names as
            // the server stores them.
            var owner = EmApiLimits.NormalizeUsername(request.Owner);
            var created = new EmChatroom
            {
                Id = id,
                Name = request.Name,
                Description = request.Description,
                Owner = owner,
                MaxUsers = request.MaxUsers,
                Custom = request.Custom,
                Members = new[] { owner }.Concat((request.Members ?? new string[0]).Select(EmApiLimits.NormalizeUsername)).ToArray(),
                MemberCount = 1 + (request.Members?.Count ?? 0),
            };
            return () => WriteObject(created);
        });
    }
}
