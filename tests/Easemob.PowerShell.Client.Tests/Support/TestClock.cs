using System.Collections.Concurrent;
using System.Diagnostics;
using Easemob.PowerShell.Client.Policies;

namespace Easemob.PowerShell.Client.Tests.Support;

/// <summary>
/// A clock whose wall time only moves when a test says so, and whose delays are recorded but not waited
/// (so backoffs take no time). Monotonic time is real time plus every delay skipped, as if it had been waited.
/// </summary>
internal sealed class TestClock : IClock
{
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    public DateTimeOffset UtcNow { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _skippedTicks;

    public TimeSpan Elapsed => _stopwatch.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Delays.Enqueue(delay);
        Interlocked.Add(ref _skippedTicks, delay.Ticks);
        return Task.CompletedTask;
    }
}
