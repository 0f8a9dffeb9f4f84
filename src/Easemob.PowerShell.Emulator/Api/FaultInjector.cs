using System;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// Decides which requests fail, from one seeded <see cref="Random"/> under a lock: with a fixed seed the
/// n-th request always gets the same fault. Thread-safe.
/// </summary>
internal sealed class FaultInjector
{
    private static readonly EmulatorFault[] ReadFaults =
    {
        EmulatorFault.ServerErrorBeforeApply, EmulatorFault.ServiceUnavailable, EmulatorFault.DropBeforeApply,
    };

    /// <summary>A write can also fail after it was applied, as a real server can fail after committing.</summary>
    private static readonly EmulatorFault[] WriteFaults =
    {
        EmulatorFault.ServerErrorBeforeApply, EmulatorFault.ServiceUnavailable, EmulatorFault.DropBeforeApply,
        EmulatorFault.ServerErrorAfterApply, EmulatorFault.DropAfterApply,
    };

    private readonly Random _random;
    private readonly double _rate;

    public FaultInjector(double rate, int? seed)
    {
        _rate = rate;
        _random = seed.HasValue ? new Random(seed.Value) : new Random();
    }

    public static bool IsAfterApply(EmulatorFault fault) =>
        fault == EmulatorFault.ServerErrorAfterApply || fault == EmulatorFault.DropAfterApply;

    /// <summary>The fault for the next request: None with probability 1 - rate, else one of the kinds that fit, uniformly.</summary>
    public EmulatorFault Next(bool isWrite)
    {
        lock (_random)
        {
            if (_random.NextDouble() >= _rate)
            {
                return EmulatorFault.None;
            }

            var kinds = isWrite ? WriteFaults : ReadFaults;
            return kinds[_random.Next(kinds.Length)];
        }
    }
}
