using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell.Client.Policies;

internal sealed class SystemClock : IClock
{
    public static readonly SystemClock Instance = new();

    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    private SystemClock()
    {
    }

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public TimeSpan Elapsed => _stopwatch.Elapsed;

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
}
