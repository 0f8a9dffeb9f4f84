using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that call the API: resolves the session (-Session or the runspace default) and
    /// turns API failures into error records that carry the input item as their target.
    /// </summary>
    public abstract class EmApiCmdlet : EmCmdlet
    {
        private readonly Queue<PendingItem> _inFlight = new Queue<PendingItem>();
        private EasemobClient? _client;
        private long _itemsCompleted;
        // The first item goes alone: a pipeline stopped after the first output (Select-Object -First 1) has sent one
        // request, not MaxInFlight. Once an item has completed, downstream wants more and MaxInFlight go at once;
        // ramping up slower would pay a round trip per step on every job.
        private bool _anItemCompleted;

        /// <summary>The session to use instead of the runspace's default one.</summary>
        [Parameter]
        [ValidateNotNull]
        public EmSession? Session { get; set; }

        /// <summary>The session's client, writing its request trace to this cmdlet's verbose stream.</summary>
        /// <remarks>Private protected: the engine's types stay out of the module's public surface.</remarks>
        private protected EasemobClient Client => _client ?? throw new InvalidOperationException("BeginProcessing has not run.");

        /// <summary>How many per-item requests may be in flight at once; 1 unless the cmdlet offers -ThrottleLimit.</summary>
        protected virtual int MaxInFlight => 1;

        protected override void BeginProcessing()
        {
            var session = Session ?? SessionStore.GetDefault(Runspace.DefaultRunspace);
            if (session == null)
            {
                ThrowTerminatingError(ErrorRecords.InvalidOperation(
                    "NoSession",
                    "There is no Easemob session. Run Connect-EmApp first, or pass -Session.",
                    null));
            }
            if (session!.IsClosed)
            {
                ThrowTerminatingError(ErrorRecords.InvalidOperation(
                    "SessionClosed",
                    "This Easemob session (" + session + ") was closed by Disconnect-EmApp. Run Connect-EmApp and use the session it returns.",
                    session));
            }
            _client = session!.Client.WithTrace(PostVerbose);
        }

        /// <summary>
        /// Runs one API call to completion. On an API failure writes a non-terminating error targeting
        /// <paramref name="target"/> and returns false.
        /// </summary>
        protected bool TryInvoke<T>(Func<CancellationToken, Task<T>> call, object? target, out T result) =>
            TryAwait(call(StopToken), target, out result);

        /// <summary>
        /// Waits for an API call already started. On an API failure writes a non-terminating error targeting
        /// <paramref name="target"/> and returns false.
        /// </summary>
        protected bool TryAwait<T>(Task<T> call, object? target, out T result)
        {
            try
            {
                result = Await(call);
                return true;
            }
            catch (Exception exception) when (ErrorRecords.IsItemFailure(exception))
            {
                WriteError(ErrorRecords.FromItemFailure(exception, target));
                result = default!;
                return false;
            }
        }

        /// <summary>
        /// Starts per-item work, keeping at most <see cref="MaxInFlight"/> items in flight. Each item's work
        /// returns the writes to make (run on the pipeline thread); writes and errors happen in input order,
        /// as the item at the head finishes. An API failure becomes an error targeting <paramref name="target"/>.
        /// </summary>
        protected void StartItem(object? target, Func<CancellationToken, Task<Action>> work)
        {
            MakeRoomForItem();
            _inFlight.Enqueue(new PendingItem(target, work(StopToken)));
            while (_inFlight.Count > 0 && _inFlight.Peek().Task.IsCompleted)
            {
                CompleteOldest();
            }
        }

        /// <summary>
        /// Completes the oldest items (writing their output) until another may start. A cmdlet whose -First may be
        /// reached by those writes calls this before deciding to start one more.
        /// </summary>
        protected void MakeRoomForItem()
        {
            while (_inFlight.Count >= (_anItemCompleted ? MaxInFlight : 1))
            {
                CompleteOldest();
            }
        }

        /// <summary>Waits for every started item, writing results and errors in input order.</summary>
        protected void CompleteAllItems()
        {
            while (_inFlight.Count > 0)
            {
                CompleteOldest();
            }
        }

        protected override void EndProcessing()
        {
            CompleteAllItems();
            CompleteProgress(MyInvocation.MyCommand.Name);
        }

        /// <summary>Starts one read per user name (checked first), writing each result in input order.</summary>
        protected void StartReadPerUser<T>(string[] usernames, Func<string, CancellationToken, Task<T>> read)
        {
            foreach (var name in usernames)
            {
                var invalid = InputChecks.Username(name, "InvalidUsername", name);
                if (invalid != null)
                {
                    WriteError(invalid);
                    continue;
                }
                var username = name;
                StartItem(username, async cancellationToken =>
                {
                    var result = await read(username, cancellationToken).ConfigureAwait(false);
                    return () => WriteObject(result);
                });
            }
        }

        /// <summary>One chatroom's details, for -PassThru after a change.</summary>
        protected async Task<EmChatroom> GetChatroomAsync(string id, CancellationToken cancellationToken)
        {
            var details = await Client.GetChatroomDetailsAsync(new[] { id }, cancellationToken).ConfigureAwait(false);
            if (details.Missing.Count > 0)
            {
                throw details.Missing[0];
            }
            return details.Found[0];
        }

        /// <summary>Nothing to write: for items whose success has no output.</summary>
        protected static readonly Action NoWrites = () => { };

        /// <summary>
        /// Whether to go ahead with a change. -Force skips the confirmation prompt (unless -Confirm is given
        /// explicitly) but never -WhatIf.
        /// </summary>
        protected bool ShouldProcessUnlessForced(string target, string action, bool force)
        {
            if (!force || MyInvocation.BoundParameters.ContainsKey("Confirm"))
            {
                return ShouldProcess(target, action);
            }
            if (IsWhatIf)
            {
                ShouldProcess(target, action);
                return false;
            }
            return true;
        }

        private bool IsWhatIf => MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
            ? ((SwitchParameter)whatIf).IsPresent
            : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        private void CompleteOldest()
        {
            var item = _inFlight.Dequeue();
            Pump(item.Task);
            ReportProgress(MyInvocation.MyCommand.Name, ++_itemsCompleted, null);
            _anItemCompleted = true;
            Action writes;
            try
            {
                writes = item.Task.GetAwaiter().GetResult();
            }
            catch (Exception exception) when (ErrorRecords.IsItemFailure(exception))
            {
                WriteError(ErrorRecords.FromItemFailure(exception, item.Target));
                return;
            }
            writes();
        }

        private sealed class PendingItem
        {
            public PendingItem(object? target, Task<Action> task)
            {
                Target = target;
                Task = task;
            }

            public object? Target { get; }
            public Task<Action> Task { get; }
        }
    }
}
