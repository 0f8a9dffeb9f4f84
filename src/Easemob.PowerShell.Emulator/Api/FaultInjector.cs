using System;

namespace Easemob.PowerShell.Emulator.Api
{
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

        private readonly Random random;
        private readonly double rate;

        public FaultInjector(double rate, int? seed)
        {
            this.rate = rate;
            random = seed.HasValue ? new Random(seed.Value) : new Random();
        }

        public static bool IsAfterApply(EmulatorFault fault) =>
            fault == EmulatorFault.ServerErrorAfterApply || fault == EmulatorFault.DropAfterApply;

        /// <summary>The fault for the next request: None with probability 1 - rate, else one of the kinds that fit, uniformly.</summary>
        public EmulatorFault Next(bool isWrite)
        {
            lock (random)
            {
                if (random.NextDouble() >= rate)
                {
                    return EmulatorFault.None;
                }

                var kinds = isWrite ? WriteFaults : ReadFaults;
                return kinds[random.Next(kinds.Length)];
            }
        }
    }
}
