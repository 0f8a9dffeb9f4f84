using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sends a message to chatrooms, 10 rooms per request across the whole pipeline (or, with -ToUser, a directed
/// message to some members of each room, one room per request). Writes one receipt per room.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "EmChatroomMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Text")]
[OutputType(typeof(EmMessageReceipt))]
public sealed class SendEmChatroomMessageCommand : EmRoomMessageSendCmdlet
{
    private EmMessagePriority? _priority;

    public SendEmChatroomMessageCommand()
        : base(EmApiFamily.ChatroomMessage)
    {
    }

    /// <summary>The chatroom ids; from the pipeline as strings or as objects with an Id or ChatroomId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChatroomId", "RoomId")]
    [ArgumentCompleter(typeof(ChatroomIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmChatroom.Id), nameof(EmChatroomMember.ChatroomId), "RoomId")]
    public string[] Id { get; set; } = new string[0];

    /// <summary>The message's priority in the room (<c>chatroom_msg_level</c>); the service's default is Normal.</summary>
    [Parameter]
    public EmMessagePriority? Priority { get; set; }

    private protected override EmChatType ChatType => EmChatType.Chatroom;

    private protected override int RoomsPerRequest => EmApiLimits.MaxChatroomsPerMessage;

    protected override void BeginProcessing()
    {
        _priority = Priority;
        base.BeginProcessing();
    }

    protected override void ProcessRecord() => Queue(ValidChatroomIds(Id));

    private protected override Task<MessageSendResult> SendAsync(IReadOnlyList<string> targets, CancellationToken cancellationToken) =>
        Client.SendChatroomMessageAsync(targets, Message, _priority, ToUsers, cancellationToken);
}
