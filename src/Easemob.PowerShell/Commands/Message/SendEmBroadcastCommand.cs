using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Broadcasts one message to every user of the app, or with -OnlineOnly to every user online now. Sent once and
/// never retried: the quota is one per 30 minutes and 3 a day (online users: one a minute, 50 a day), and a
/// refusal is an error that says so. Writes the broadcast's receipt.
/// </summary>
[Cmdlet(VerbsCommunications.Send, "EmBroadcast", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = "Text")]
[OutputType(typeof(EmBroadcastReceipt))]
public sealed class SendEmBroadcastCommand : EmMessageBodyCmdlet
{
    /// <summary>Only users online now (<c>messages/users/broadcast</c>); offline users never get it.</summary>
    [Parameter]
    public SwitchParameter OnlineOnly { get; set; }

    protected override void EndProcessing()
    {
        var onlineOnly = OnlineOnly.IsPresent;
        Broadcast(onlineOnly ? EmBroadcastTarget.OnlineUsers : EmBroadcastTarget.Users, onlineOnly ? "every online user of the app" : "every user of the app",
            (message, cancellationToken) => Client.SendUserBroadcastAsync(message, onlineOnly, cancellationToken));
        base.EndProcessing();
    }
}
