using System;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>Time as the policies see it, so tests can control expiry and skip real waits.</summary>
internal interface IClock
{
    DateTimeOffset UtcNow { get; }

    /// <summary>Monotonic time since an arbitrary start, for measuring intervals.</summary>
    TimeSpan Elapsed { get; }

    Task Delay(TimeSpan delay, CancellationToken cancellationToken);
}
