using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell;

/// <summary>
/// A cmdlet's per-item work: each started item runs off the pipeline thread and returns the writes to make; writes
/// and errors happen on the pipeline thread in input order, as the oldest item finishes. At most <see cref="Limit"/>
/// items are held (running, or waiting to start), and until the first item has finished it runs alone: a pipeline
/// stopped after the first output (Select-Object -First 1) has sent one request. Input keeps being read while the
/// first item runs; what it queues starts when the first answer is out. Ctrl+C cancels every item through the
/// cmdlet's stop token.
/// </summary>
internal sealed class ItemQueue
{
    private readonly EmApiCmdlet _cmdlet;
    private readonly Queue<Entry> _items = new Queue<Entry>();
    private int _running;
    private long _completed;
    // Once an item has completed, downstream wants more and Limit run at once; ramping up slower would pay a
    // round trip per step on every job.
    private bool _anItemCompleted;

    public ItemQueue(EmApiCmdlet cmdlet, int limit)
    {
        _cmdlet = cmdlet;
        Limit = limit;
    }

    /// <summary>Most items held (running or waiting) at once.</summary>
    public int Limit { get; }

    /// <summary>
    /// Queues one item's <paramref name="work"/>, started as soon as the rule above allows. An API failure of it
    /// becomes an error targeting <paramref name="target"/>.
    /// </summary>
    public void Start(object? target, Func<CancellationToken, Task<Action>> work)
    {
        while (_items.Count >= Limit)
        {
            CompleteOldest();
        }
        _items.Enqueue(new Entry(target, work));
        // A first item that has answered meanwhile is written now: downstream may stop before more is sent.
        while (_items.Count > 0 && _items.Peek().Task?.IsCompleted == true)
        {
            CompleteOldest();
        }
        StartWaiting();
    }

    /// <summary>
    /// Completes the oldest items (writing their output) until another item would start at once. A cmdlet whose
    /// -First may be reached by those writes calls this before deciding to queue one more.
    /// </summary>
    public void MakeRoom()
    {
        while (_items.Count > 0 && (_items.Count > _running || _running >= Allowed))
        {
            CompleteOldest();
        }
    }

    /// <summary>Waits for every item, writing results and errors in input order.</summary>
    public void CompleteAll()
    {
        while (_items.Count > 0)
        {
            CompleteOldest();
        }
    }

    private int Allowed => _anItemCompleted ? Limit : 1;

    /// <summary>Starts waiting items, oldest first, while the limit allows.</summary>
    private void StartWaiting()
    {
        foreach (var entry in _items)
        {
            if (_running >= Allowed)
            {
                return;
            }
            if (entry.Task == null)
            {
                entry.Task = entry.Work(_cmdlet.StopToken);
                _running++;
            }
        }
    }

    private void CompleteOldest()
    {
        var entry = _items.Peek();
        if (entry.Task == null)
        {
            // Everything before it has completed, so it may run now.
            entry.Task = entry.Work(_cmdlet.StopToken);
            _running++;
        }
        _cmdlet.Pump(entry.Task);
        _items.Dequeue();
        _running--;
        _cmdlet.ReportProgress(_cmdlet.MyInvocation.MyCommand.Name, ++_completed, null);
        _anItemCompleted = true;
        Action writes;
        try
        {
            writes = entry.Task.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (ErrorRecords.IsItemFailure(exception))
        {
            _cmdlet.WriteError(ErrorRecords.FromItemFailure(exception, entry.Target));
            StartWaiting();
            return;
        }
        writes();
        StartWaiting();
    }

    private sealed class Entry
    {
        public Entry(object? target, Func<CancellationToken, Task<Action>> work)
        {
            Target = target;
            Work = work;
        }

        public object? Target { get; }

        public Func<CancellationToken, Task<Action>> Work { get; }

        /// <summary>The running work; null while the item waits to start.</summary>
        public Task<Action>? Task { get; set; }
    }
}
