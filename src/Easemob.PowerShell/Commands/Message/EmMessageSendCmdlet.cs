using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Base of the message sends: the body (-Text, -CustomEvent with -CustomExtension, or -Command), -From,
    /// -Extension and -Silent, checked once before anything is sent; then the targets of the whole pipeline in
    /// batches of the call's size, each target sent once, with one receipt (or error) per target. A send whose
    /// answer was lost is not sent again: each of its targets gets Easemob.MessageMayHaveBeenDelivered.
    /// </summary>
    public abstract class EmMessageSendCmdlet : EmBulkCmdlet
    {
        private const string TextSet = "Text";
        private const string CustomSet = "Custom";
        private const string CommandSet = "Command";

        private PipelineBatcher<string, SendOutcome>? _batcher;

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

        /// <summary>The kind of target, for ShouldProcess and the receipts: "chatroom" or "user".</summary>
        private protected abstract EmChatType ChatType { get; }

        /// <summary>Most targets one request takes.</summary>
        private protected abstract int BatchSize { get; }

        /// <summary>The message built from the body parameters in BeginProcessing.</summary>
        private protected OutgoingMessage Message { get; private set; } = null!;

        /// <summary>Sends one batch of distinct targets. Runs off the pipeline thread.</summary>
        private protected abstract Task<MessageSendResult> SendAsync(IReadOnlyList<string> targets, CancellationToken cancellationToken);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            Message = BuildMessage();
            var refused = MessageChecks.Sender(From)
                ?? (ParameterSetName == CustomSet ? MessageChecks.CustomEvent(CustomEvent, CustomExtension) : null)
                ?? MessageChecks.Size(Message);
            if (refused != null)
            {
                ThrowTerminatingError(refused);
            }
            _batcher = NewBatcher<string, SendOutcome>(BatchSize, SendBatchAsync, WriteOutcome, identityOf: target => target);
        }

        /// <summary>Queues each target that <see cref="ShouldProcess"/> admits; full batches go at once, the rest at the end.</summary>
        private protected void Queue(IEnumerable<string> targets)
        {
            var kind = ChatType == EmChatType.Chatroom ? "chatroom " : "user ";
            foreach (var target in targets)
            {
                if (ShouldProcess(kind + target, "Send message"))
                {
                    _batcher!.Add(null, target);
                }
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

        private async Task<IReadOnlyList<BatchOutcome<SendOutcome>>> SendBatchAsync(string? key, IReadOnlyList<string> targets, CancellationToken cancellationToken)
        {
            var from = Message.From ?? "admin";
            try
            {
                var result = await SendAsync(targets, cancellationToken).ConfigureAwait(false);
                return targets.Select(target => BatchOutcome<SendOutcome>.Success(result.MessageIds.TryGetValue(target, out var id)
                    ? new SendOutcome(new EmMessageReceipt { MessageId = id, ChatType = ChatType, To = target, From = from, SentOn = result.SentOn }, null)
                    : new SendOutcome(null, NotReported(target)))).ToArray();
            }
            catch (EasemobApiException uncertain) when (uncertain.MayExist)
            {
                return targets.Select(_ => BatchOutcome<SendOutcome>.Success(new SendOutcome(null, uncertain))).ToArray();
            }
        }

        /// <summary>A target the 200 answer left out: the service took the call, so it may have delivered to it.</summary>
        private static EasemobApiException NotReported(string target) =>
            new EasemobApiException(200, EasemobApiException.InvalidResponseCode, "The answer does not report a message id for '" + target + "'; the message may have been delivered.", "POST", "messages");

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
}
