using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell
{
    /// <summary>
    /// A cmdlet's per-item work in flight: each started item runs off the pipeline thread and returns the writes to
    /// make; writes and errors happen on the pipeline thread in input order, as the oldest item finishes. At most
    /// <see cref="Limit"/> items run at once, and the first item goes alone: a pipeline stopped after the first output
    /// (Select-Object -First 1) has sent one request. Ctrl+C cancels every item through the cmdlet's stop token.
    /// </summary>
    internal sealed class ItemQueue
    {
        private readonly EmApiCmdlet _cmdlet;
        private readonly Queue<(object? Target, Task<Action> Task)> _inFlight = new Queue<(object?, Task<Action>)>();
        private long _completed;
        // Once an item has completed, downstream wants more and Limit go at once; ramping up slower would pay a
        // round trip per step on every job.
        private bool _anItemCompleted;

        public ItemQueue(EmApiCmdlet cmdlet, int limit)
        {
            _cmdlet = cmdlet;
            Limit = limit;
        }

        /// <summary>Most items in flight at once.</summary>
        public int Limit { get; }

        /// <summary>
        /// Starts one item's <paramref name="work"/> once there is room. An API failure of it becomes an error
        /// targeting <paramref name="target"/>.
        /// </summary>
        public void Start(object? target, Func<CancellationToken, Task<Action>> work)
        {
            MakeRoom();
            _inFlight.Enqueue((target, work(_cmdlet.StopToken)));
            while (_inFlight.Count > 0 && _inFlight.Peek().Task.IsCompleted)
            {
                CompleteOldest();
            }
        }

        /// <summary>
        /// Completes the oldest items (writing their output) until another may start. A cmdlet whose -First may be
        /// reached by those writes calls this before deciding to start one more.
        /// </summary>
        public void MakeRoom()
        {
            while (_inFlight.Count >= (_anItemCompleted ? Limit : 1))
            {
                CompleteOldest();
            }
        }

        /// <summary>Waits for every started item, writing results and errors in input order.</summary>
        public void CompleteAll()
        {
            while (_inFlight.Count > 0)
            {
                CompleteOldest();
            }
        }

        private void CompleteOldest()
        {
            var (target, task) = _inFlight.Dequeue();
            _cmdlet.Pump(task);
            _cmdlet.ReportProgress(_cmdlet.MyInvocation.MyCommand.Name, ++_completed, null);
            _anItemCompleted = true;
            Action writes;
            try
            {
                writes = task.GetAwaiter().GetResult();
            }
            catch (Exception exception) when (ErrorRecords.IsItemFailure(exception))
            {
                _cmdlet.WriteError(ErrorRecords.FromItemFailure(exception, target));
                return;
            }
            writes();
        }
    }
}
