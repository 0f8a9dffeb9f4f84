namespace Easemob.PowerShell.Emulator;

/// <summary>The clock in the wire's units.</summary>
internal static class EmulatorClockExtensions
{
    /// <summary>Now in Unix milliseconds, the unit of the wire's timestamps and expiries.</summary>
    public static long NowMilliseconds(this IEmulatorClock clock) => clock.UtcNow.ToUnixTimeMilliseconds();
}
