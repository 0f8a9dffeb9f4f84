using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Base of the message sends: the targets of the whole pipeline in batches of the call's size, each target sent
/// once, with one receipt (or error) per target. A send whose answer was lost is not sent again: each of its
/// targets gets Easemob.MessageMayHaveBeenDelivered.
/// </summary>
public abstract class EmMessageSendCmdlet : EmMessageBodyCmdlet
{
    private PipelineBatcher<string, SendOutcome>? _batcher;

    /// <param name="family">The send's API family: the default -ThrottleLimit is its documented rate per second, as for <see cref="EmBulkCmdlet"/>.</param>
    private protected EmMessageSendCmdlet(EmApiFamily family)
    {
        ThrottleLimit = EmApiLimits.DocumentedCallsPerSecond(family);
    }

    /// <summary>How many send requests may be in flight at once (the rate governor paces them whatever this is).</summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int ThrottleLimit { get; set; }

    protected override int MaxInFlight => ThrottleLimit;

    /// <summary>The kind of target, for ShouldProcess and the receipts.</summary>
    private protected abstract EmChatType ChatType { get; }

    /// <summary>Most targets one request takes.</summary>
    private protected abstract int BatchSize { get; }

    /// <summary>Sends one batch of distinct targets. Runs off the pipeline thread.</summary>
    private protected abstract Task<MessageSendResult> SendAsync(IReadOnlyList<string> targets, CancellationToken cancellationToken);

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _batcher = NewBatcher<string, SendOutcome>(BatchSize, SendBatchAsync, WriteOutcome, identityOf: target => target);
    }

    /// <summary>Queues each target that <see cref="ShouldProcess"/> admits; full batches go at once, the rest at the end.</summary>
    private protected void Queue(IEnumerable<string> targets)
    {
        var kind = ChatType switch { EmChatType.Chatroom => "chatroom ", EmChatType.GroupChat => "group ", _ => "user " };
        foreach (var target in targets)
        {
            if (ShouldProcess(kind + target, "Send message"))
            {
                _batcher!.Add(null, target);
            }
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<SendOutcome>>> SendBatchAsync(string? key, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        var from = Sender;
        try
        {
            var result = await SendAsync(targets, cancellationToken).ConfigureAwait(false);
            return targets.Select(target => ItemOutcome<SendOutcome>.Success(result.TryGetMessageId(target, out var id, out var unreported)
                ? new SendOutcome(new EmMessageReceipt { MessageId = id, ChatType = ChatType, To = target, From = from, SentOn = result.SentOn }, null)
                : new SendOutcome(null, unreported))).ToArray();
        }
        catch (EasemobApiException uncertain) when (uncertain.MayExist)
        {
            return targets.Select(_ => ItemOutcome<SendOutcome>.Success(new SendOutcome(null, uncertain))).ToArray();
        }
    }

    private void WriteOutcome(string target, SendOutcome outcome)
    {
        if (outcome.Receipt != null)
        {
            WriteObject(outcome.Receipt);
        }
        else
        {
            WriteError(ErrorRecords.MessageMayHaveBeenDelivered(outcome.Uncertain!, target));
        }
    }

    /// <summary>One target's outcome: its receipt, or the failure after which it may have been delivered.</summary>
    private sealed class SendOutcome
    {
        public SendOutcome(EmMessageReceipt? receipt, EasemobApiException? uncertain)
        {
            Receipt = receipt;
            Uncertain = uncertain;
        }

        public EmMessageReceipt? Receipt { get; }

        public EasemobApiException? Uncertain { get; }
    }
}
