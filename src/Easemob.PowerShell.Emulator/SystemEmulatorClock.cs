using System;
using System.Diagnostics;

namespace Easemob.PowerShell.Emulator;

/// <summary>The machine's clock.</summary>
internal sealed class SystemEmulatorClock : IEmulatorClock
{
    public static readonly SystemEmulatorClock Instance = new SystemEmulatorClock();

    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    private SystemEmulatorClock()
    {
    }

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public TimeSpan Elapsed => _stopwatch.Elapsed;
}
