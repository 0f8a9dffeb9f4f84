using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell;

/// <summary>
/// Base of every cmdlet in the module. Async work runs off the pipeline thread; anything it wants
/// written (verbose lines, progress) is posted back and written here, on the pipeline thread, which is
/// the only thread PowerShell lets write. Ctrl+C (StopProcessing) cancels all of it.
/// </summary>
public abstract class EmCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private readonly ConcurrentQueue<Action> _posted = new ConcurrentQueue<Action>();
    // Released once per posted action and once per finished awaited task, so the pump wakes for either.
    private readonly SemaphoreSlim _wake = new SemaphoreSlim(0);

    /// <summary>Cancelled when the pipeline is stopped.</summary>
    protected internal CancellationToken StopToken => _stop.Token;

    /// <summary>Writes a verbose line from any thread.</summary>
    protected void PostVerbose(string message) => Post(() => WriteVerbose(message));

    /// <summary>Runs <paramref name="action"/> on the pipeline thread at the next pump.</summary>
    protected internal void Post(Action action)
    {
        _posted.Enqueue(action);
        _wake.Release();
    }

    /// <summary>Waits for <paramref name="task"/> on the pipeline thread, writing what it posts meanwhile.</summary>
    protected internal T Await<T>(Task<T> task)
    {
        Pump(task);
        return task.GetAwaiter().GetResult();
    }

    protected void Await(Task task)
    {
        Pump(task);
        task.GetAwaiter().GetResult();
    }

    /// <summary>Writes posted actions until <paramref name="task"/> has finished.</summary>
    protected internal void Pump(Task task)
    {
        if (!task.IsCompleted)
        {
            task.ContinueWith(_ => _wake.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        while (true)
        {
            RunPosted();
            if (task.IsCompleted)
            {
                break;
            }
            try
            {
                _wake.Wait(StopToken);
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
        }
        if (task.IsCanceled && StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    private void RunPosted()
    {
        while (_posted.TryDequeue(out var action))
        {
            action();
        }
    }

    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _progressClock = new Stopwatch();
    private TimeSpan _lastProgress;
    private bool _progressShown;

    /// <summary>
    /// Reports progress of a long read or bulk write. Quiet for the first two seconds, so quick calls
    /// show none, then at most twice a second. Call from the pipeline thread.
    /// </summary>
    protected internal void ReportProgress(string activity, long done, long? total)
    {
        if (!_progressClock.IsRunning)
        {
            _progressClock.Start();
        }
        var elapsed = _progressClock.Elapsed;
        if (elapsed < ProgressDelay || (_progressShown && elapsed - _lastProgress < ProgressInterval))
        {
            return;
        }
        _lastProgress = elapsed;
        _progressShown = true;
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var status = total.HasValue
            ? string.Format("{0} of {1} ({2:0} per second)", done, total.Value, rate)
            : string.Format("{0} so far ({1:0} per second)", done, rate);
        var record = new ProgressRecord(1, activity, status);
        if (total.HasValue && total.Value > 0)
        {
            record.PercentComplete = (int)Math.Min(100, done * 100 / total.Value);
            record.SecondsRemaining = rate > 0 ? (int)((total.Value - done) / rate) : -1;
        }
        WriteProgress(record);
    }

    /// <summary>Closes the progress bar, if one was shown.</summary>
    protected void CompleteProgress(string activity)
    {
        if (_progressShown)
        {
            WriteProgress(new ProgressRecord(1, activity, "Done") { RecordType = ProgressRecordType.Completed });
            _progressShown = false;
        }
    }

    protected override void StopProcessing() => _stop.Cancel();

    public void Dispose()
    {
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }
}
