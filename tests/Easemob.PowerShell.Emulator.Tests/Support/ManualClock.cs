namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>A clock the test moves by hand, so expiries are checked without sleeping.</summary>
internal sealed class ManualClock : IEmulatorClock
{
    public DateTimeOffset UtcNow { get; private set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Elapsed { get; private set; }

    public void Advance(TimeSpan by)
    {
        UtcNow += by;
        Elapsed += by;
    }
}
