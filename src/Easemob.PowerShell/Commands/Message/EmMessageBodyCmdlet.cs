using System;
using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Base of the cmdlets that send a message body: -Text, -CustomEvent with -CustomExtension, or -Command, and
/// -From, -Extension and -Silent; the message is built and checked once, before anything is sent.
/// </summary>
public abstract class EmMessageBodyCmdlet : EmApiCmdlet
{
    private const string TextSet = "Text";
    private const string CustomSet = "Custom";
    private const string CommandSet = "Command";

    /// <summary>A text message (<c>txt</c>).</summary>
    [Parameter(Mandatory = true, ParameterSetName = TextSet)]
    [ValidateNotNullOrEmpty]
    public string Text { get; set; } = string.Empty;

    /// <summary>A custom message (<c>custom</c>): its event type, 1 to 32 of a-z, A-Z, 0-9, '-', '_', '/', '.'.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CustomSet)]
    [ValidateNotNullOrEmpty]
    public string CustomEvent { get; set; } = string.Empty;

    /// <summary>The custom event's properties (<c>customExts</c>): at most 16, sent as text.</summary>
    [Parameter(ParameterSetName = CustomSet)]
    public Hashtable? CustomExtension { get; set; }

    /// <summary>A command message (<c>cmd</c>) with this action: delivered to the app, never shown or pushed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CommandSet)]
    [ValidateNotNullOrEmpty]
    public string Command { get; set; } = string.Empty;

    /// <summary>The sender's user name; the service uses "admin" when none is given.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? From { get; set; }

    /// <summary>The message's extension (<c>ext</c>): any JSON-like values, nested tables included.</summary>
    [Parameter]
    public Hashtable? Extension { get; set; }

    /// <summary>No push notification for recipients who are offline (<c>ext.em_ignore_notification</c>).</summary>
    [Parameter]
    public SwitchParameter Silent { get; set; }

    /// <summary>The message built from the body parameters in BeginProcessing.</summary>
    private protected OutgoingMessage Message { get; private set; } = null!;

    /// <summary>The sender as receipts show it.</summary>
    private protected string Sender => Message.From ?? "admin";

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        Message = BuildMessage();
        var refused = MessageChecks.Message(Message, From, ParameterSetName == CustomSet ? CustomEvent : null, CustomExtension);
        if (refused != null)
        {
            ThrowTerminatingError(refused);
        }
    }

    /// <summary>Sends one broadcast after confirmation, and writes its receipt or its refusal (never retried).</summary>
    private protected void Broadcast(EmBroadcastTarget target, string description, Func<OutgoingMessage, CancellationToken, Task<string>> send)
    {
        if (!ShouldProcess(description, "Broadcast message"))
        {
            return;
        }
        var message = Message;
        try
        {
            var id = Await(send(message, StopToken));
            WriteObject(new EmBroadcastReceipt { BroadcastId = id, Target = target, From = Sender, SentOn = DateTimeOffset.UtcNow });
        }
        catch (EasemobApiException refused)
        {
            WriteError(ErrorRecords.FromBroadcast(refused, description));
        }
    }

    private OutgoingMessage BuildMessage()
    {
        var extension = MessageChecks.Plain(Extension);
        switch (ParameterSetName)
        {
            case CustomSet: return OutgoingMessage.Custom(CustomEvent, MessageChecks.PlainText(CustomExtension), From, extension, Silent);
            case CommandSet: return OutgoingMessage.Command(Command, From, extension, Silent);
            default: return OutgoingMessage.Text(Text, From, extension, Silent);
        }
    }
}
