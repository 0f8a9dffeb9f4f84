using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Policies;

/// <summary>
/// Keeps each API family under its documented per-app rate (times a scale) so bulk jobs do not run into 429s;
/// the message families also under their message rate (recipients per window), so sends do not run into the 403
/// message limit either. Every attempt, retries included, passes through it.
/// </summary>
internal sealed class RateGovernor
{
    public static readonly RateGovernor Off = new(null, null);

    private readonly IReadOnlyDictionary<EmApiFamily, SlidingWindowGate>? _gates;
    private readonly IReadOnlyDictionary<EmApiFamily, MessageRateGate>? _messageGates;

    private RateGovernor(IReadOnlyDictionary<EmApiFamily, SlidingWindowGate>? gates, IReadOnlyDictionary<EmApiFamily, MessageRateGate>? messageGates)
    {
        _gates = gates;
        _messageGates = messageGates;
    }

    /// <param name="scale">Multiplies each family's documented calls (and messages) per window; null turns the governor off.</param>
    public static RateGovernor Create(double? scale, IClock clock)
    {
        if (scale is not { } factor) return Off;
        var families = Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>().Where(family => EmApiLimits.DocumentedCallLimit(family).HasValue).ToArray();
        var gates = families.ToDictionary(
            family => family,
            family =>
            {
                var limit = EmApiLimits.DocumentedCallLimit(family)!.Value;
                return new SlidingWindowGate(family, limit.Count * factor, limit.Window, clock);
            });
        var messageGates = families
            .Where(family => EmApiLimits.DocumentedMessageLimit(family) is not null)
            .ToDictionary(family => family, family =>
            {
                var limit = EmApiLimits.DocumentedMessageLimit(family)!.Value;
                return new MessageRateGate(family, gates[family], (int)Math.Floor(limit.Count * factor), limit.Window, clock);
            });
        return new RateGovernor(gates, messageGates);
    }

    /// <summary>Waits for the family's turn; dispose the lease when the attempt has ended.</summary>
    /// <param name="messages">How many messages the call carries (its recipients), for the families with a message limit.</param>
    public Task<RateLease> EnterAsync(EmApiFamily family, int messages, RequestTracer tracer, CancellationToken cancellationToken)
    {
        // Off, or a family without a documented limit.
        if (_gates is null || !_gates.TryGetValue(family, out var gate))
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(RateLease.Untracked);
        }
        return _messageGates!.TryGetValue(family, out var messageGate)
            ? messageGate.EnterAsync(messages, tracer, cancellationToken)
            : gate.EnterAsync(tracer, cancellationToken);
    }
}
