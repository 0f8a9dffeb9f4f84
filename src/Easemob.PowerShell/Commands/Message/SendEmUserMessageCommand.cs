using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Sends a message to users, 600 per request across the whole pipeline. Writes one receipt per user.</summary>
[Cmdlet(VerbsCommunications.Send, "EmUserMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Text")]
[OutputType(typeof(EmMessageReceipt))]
public sealed class SendEmUserMessageCommand : EmMessageSendCmdlet
{
    private bool _syncDevice;
    private bool _onlineOnly;

    public SendEmUserMessageCommand()
        : base(EmApiFamily.UserMessage)
    {
    }

    /// <summary>The recipients; from the pipeline as strings or as objects with a Username property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>Also copy the message to the sender's own online devices (<c>sync_device</c>).</summary>
    [Parameter]
    public SwitchParameter SyncDevice { get; set; }

    /// <summary>Deliver only to users online now (<c>routetype ROUTE_ONLINE</c>); offline users never get it.</summary>
    [Parameter]
    public SwitchParameter OnlineOnly { get; set; }

    private protected override EmChatType ChatType => EmChatType.Chat;

    private protected override int BatchSize => EmApiLimits.MaxUsersPerMessage;

    protected override void BeginProcessing()
    {
        _syncDevice = SyncDevice;
        _onlineOnly = OnlineOnly;
        base.BeginProcessing();
    }

    protected override void ProcessRecord() => Queue(ValidUsernames(Username));

    private protected override Task<MessageSendResult> SendAsync(IReadOnlyList<string> targets, CancellationToken cancellationToken) =>
        Client.SendUserMessageAsync(targets, Message, _syncDevice, _onlineOnly, cancellationToken);
}
