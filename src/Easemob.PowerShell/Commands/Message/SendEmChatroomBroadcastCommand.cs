using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Broadcasts one message into every active chatroom of the app. Sent once and never retried: the quota is 10 a
/// minute and 100 a day, and a refusal is an error that says so. Writes the broadcast's receipt.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "EmChatroomBroadcast", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = "Text")]
[OutputType(typeof(EmBroadcastReceipt))]
public sealed class SendEmChatroomBroadcastCommand : EmMessageBodyCmdlet
{
    /// <summary>The message's priority in each room (<c>chatroom_msg_level</c>).</summary>
    [Parameter]
    public EmMessagePriority? Priority { get; set; }

    protected override void EndProcessing()
    {
        var priority = Priority;
        Broadcast(EmBroadcastTarget.Chatrooms, "every active chatroom of the app",
            (message, cancellationToken) => Client.SendChatroomBroadcastAsync(message, priority, cancellationToken));
        base.EndProcessing();
    }
}
