using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sends a message to groups, <see cref="EmApiLimits.MaxGroupsPerMessage"/> groups per request across the whole pipeline (or, with -ToUser, a
/// directed message to some members of each group, one group per request), paced to the groups' message rate.
/// Writes one receipt per group.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "EmGroupMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Text")]
[OutputType(typeof(EmMessageReceipt))]
public sealed class SendEmGroupMessageCommand : EmRoomMessageSendCmdlet
{
    public SendEmGroupMessageCommand()
        : base(EmApiFamily.GroupMessage)
    {
    }

    /// <summary>The group ids; from the pipeline as strings or as objects with an Id or GroupId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId")]
    [ArgumentCompleter(typeof(GroupIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation("Id", "GroupId")]
    public string[] Id { get; set; } = new string[0];

    private protected override EmChatType ChatType => EmChatType.GroupChat;

    private protected override int RoomsPerRequest => EmApiLimits.MaxGroupsPerMessage;

    protected override void ProcessRecord() => Queue(ValidTargets(Id, "InvalidGroupId", "group id", InputChecks.GroupId, System.StringComparer.Ordinal));

    private protected override Task<MessageSendResult> SendAsync(IReadOnlyList<string> targets, CancellationToken cancellationToken) =>
        Client.SendGroupMessageAsync(targets, Message, ToUsers, cancellationToken);
}
