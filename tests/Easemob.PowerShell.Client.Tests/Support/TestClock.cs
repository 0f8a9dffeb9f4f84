using System.Collections.Concurrent;
using System.Diagnostics;
using Easemob.PowerShell.Client.Policies;

namespace Easemob.PowerShell.Client.Tests.Support;

/// <summary>
/// A clock whose wall time only moves when a test says so, and whose delays are recorded but not waited
/// (so backoffs take no time). Monotonic time is real, so the rate governor still measures real intervals.
/// </summary>
internal sealed class TestClock : IClock
{
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    public DateTimeOffset UtcNow { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Elapsed => _stopwatch.Elapsed;

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Delays.Enqueue(delay);
        return Task.CompletedTask;
    }
}
