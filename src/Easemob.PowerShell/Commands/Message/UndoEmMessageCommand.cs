using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Recalls sent messages, 30 per request across the whole pipeline: receipts from Send-EmChatroomMessage or
/// Send-EmUserMessage, history records from Get-EmMessageHistory, or -MessageId with -To and -ChatType. Each
/// message's failure is its own error; a recalled message writes nothing.
/// </summary>
[Cmdlet(VerbsCommon.Undo, "EmMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class UndoEmMessageCommand : EmBulkCmdlet
{
    private PipelineBatcher<MessageRecall, EasemobApiException?>? _batcher;

    public UndoEmMessageCommand()
        : base(EmApiFamily.MessageChange)
    {
    }

    /// <summary>The message to recall; from the pipeline by property name (a receipt's or history record's MessageId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string MessageId { get; set; } = string.Empty;

    /// <summary>Where the message went: the user name or chatroom id.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string To { get; set; } = string.Empty;

    /// <summary>The conversation's kind: Chat, GroupChat or Chatroom. Nullable only so that no kind is assumed before binding.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public EmChatType? ChatType { get; set; }

    /// <summary>The user the recall is made as (a receipt's sender); the service uses "admin" when none is given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? From { get; set; }

    /// <summary>
    /// Recalls messages older than the app's recall window too (the call's <c>force</c>). Not named -Force: in this
    /// module -Force only skips confirmation, and this changes what is recalled.
    /// </summary>
    [Parameter]
    public SwitchParameter IgnoreRecallWindow { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _batcher = NewBatcher<MessageRecall, EasemobApiException?>(EmApiLimits.MaxMessagesPerRecall, RecallBatchAsync, WriteOutcome,
            identityOf: recall => recall.MessageId);
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
        var from = string.IsNullOrWhiteSpace(From) ? null : From!.Trim();
        var chatType = ChatType!.Value;
        if (ShouldProcess("message " + messageId + " to " + chatType.ToString().ToLowerInvariant() + " " + To, "Recall"))
        {
            _batcher!.Add(null, new MessageRecall(messageId, To.Trim(), chatType, from, IgnoreRecallWindow));
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<EasemobApiException?>>> RecallBatchAsync(string? key, IReadOnlyList<MessageRecall> recalls, CancellationToken cancellationToken)
    {
        IReadOnlyList<EasemobApiException?> errors;
        try
        {
            errors = await Client.RecallMessagesAsync(recalls, cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException failure)
        {
            // The whole call refused (recall not opened, …): each message's error, with the recall's own ids.
            errors = recalls.Select(_ => failure).ToArray();
        }
        return errors.Select(ItemOutcome<EasemobApiException?>.Success).ToArray();
    }

    private void WriteOutcome(MessageRecall recall, EasemobApiException? error)
    {
        if (error != null)
        {
            WriteError(ErrorRecords.FromRecall(error, recall.MessageId));
        }
    }
}
