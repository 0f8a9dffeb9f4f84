using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// Keeps each API family under its documented per-app rate (times a scale) so bulk jobs do not run into 429s.
/// Every attempt, retries included, passes through it.
/// </summary>
internal sealed class RateGovernor
{
    public static readonly RateGovernor Off = new(null);

    private readonly IReadOnlyDictionary<EmApiFamily, SlidingWindowGate>? _gates;

    private RateGovernor(IReadOnlyDictionary<EmApiFamily, SlidingWindowGate>? gates) => _gates = gates;

    /// <param name="scale">Multiplies each family's documented calls per second; null turns the governor off.</param>
    public static RateGovernor Create(double? scale, IClock clock) =>
        scale is not { } factor
            ? Off
            : new RateGovernor(Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>().ToDictionary(
                family => family,
                family => new SlidingWindowGate(family, EmApiLimits.DocumentedCallsPerSecond(family) * factor, clock)));

    /// <summary>Waits for the family's turn; dispose the lease when the attempt has ended.</summary>
    public Task<RateLease> EnterAsync(EmApiFamily family, RequestTracer tracer, CancellationToken cancellationToken)
    {
        if (_gates is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(RateLease.Untracked);
        }
        return _gates[family].EnterAsync(tracer, cancellationToken);
    }
}
