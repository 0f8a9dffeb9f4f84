using System.Collections;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Modifies sent text or custom messages: a new body, and an extension merged into the old one (or replacing it).</summary>
[Cmdlet(VerbsCommon.Set, "EmMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TextSet)]
[OutputType(typeof(void))]
public sealed class SetEmMessageCommand : EmBulkCmdlet
{
    private const string TextSet = "Text";
    private const string CustomSet = "Custom";

    private OutgoingMessage? _message;

    public SetEmMessageCommand()
        : base(EmApiFamily.MessageChange)
    {
    }

    /// <summary>The message to modify; from the pipeline by property name (a receipt's MessageId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string MessageId { get; set; } = string.Empty;

    /// <summary>The new text of a text message.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TextSet)]
    [ValidateNotNullOrEmpty]
    public string Text { get; set; } = string.Empty;

    /// <summary>The new event type of a custom message.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CustomSet)]
    [ValidateNotNullOrEmpty]
    public string CustomEvent { get; set; } = string.Empty;

    /// <summary>The new event properties of a custom message (at most 16).</summary>
    [Parameter(ParameterSetName = CustomSet)]
    public Hashtable? CustomExtension { get; set; }

    /// <summary>The new extension (<c>new_ext</c>), merged into the old one unless -ReplaceExtension.</summary>
    [Parameter]
    public Hashtable? Extension { get; set; }

    /// <summary>The extension replaces the old one instead of being merged into it.</summary>
    [Parameter]
    public SwitchParameter ReplaceExtension { get; set; }

    /// <summary>The user the change is made as (<c>user</c>).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? User { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var extension = MessageChecks.Plain(Extension);
        _message = ParameterSetName == CustomSet
            ? OutgoingMessage.Custom(CustomEvent, MessageChecks.PlainText(CustomExtension), User, extension)
            : OutgoingMessage.Text(Text, User, extension);
        var refused = MessageChecks.Message(_message, User, ParameterSetName == CustomSet ? CustomEvent : null, CustomExtension);
        if (refused != null)
        {
            ThrowTerminatingError(refused);
        }
    }

    protected override void ProcessRecord()
    {
        var messageId = MessageId.Trim();
        var invalid = MessageChecks.MessageId(messageId);
        if (invalid != null)
        {
            WriteError(invalid);
            return;
        }
        if (!ShouldProcess("message " + messageId, "Modify"))
        {
            return;
        }
        var message = _message!;
        var replace = ReplaceExtension.IsPresent;
        Items.Start(messageId, async cancellationToken =>
        {
            await Client.ModifyMessageAsync(messageId, message, replace, cancellationToken).ConfigureAwait(false);
            return NoWrites;
        });
    }
}
