using System;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>The clock the service model reads, in the units the wire uses.</summary>
    internal static class UnixTime
    {
        public static long NowMilliseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }
}
