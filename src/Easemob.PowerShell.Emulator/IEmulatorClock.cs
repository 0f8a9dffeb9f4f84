using System;
using System.Diagnostics;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>
    /// Time as the emulator reads it (expiries, timestamps, the request log), so tests can set it instead of
    /// sleeping. The emulator's own, like the client's IClock: the emulator does not depend on the client.
    /// </summary>
    internal interface IEmulatorClock
    {
        DateTimeOffset UtcNow { get; }

        /// <summary>Monotonic time since an arbitrary start, for measuring intervals.</summary>
        TimeSpan Elapsed { get; }
    }

    internal static class EmulatorClockExtensions
    {
        /// <summary>Now in Unix milliseconds, the unit of the wire's timestamps and expiries.</summary>
        public static long NowMilliseconds(this IEmulatorClock clock) => clock.UtcNow.ToUnixTimeMilliseconds();
    }

    /// <summary>The machine's clock.</summary>
    internal sealed class SystemEmulatorClock : IEmulatorClock
    {
        public static readonly SystemEmulatorClock Instance = new SystemEmulatorClock();

        private readonly Stopwatch stopwatch = Stopwatch.StartNew();

        private SystemEmulatorClock()
        {
        }

        public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

        public TimeSpan Elapsed => stopwatch.Elapsed;
    }
}
