namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>
/// Tests that measure wall-clock time (rate windows, latency, expiry). xUnit runs this collection on its own,
/// after the parallel ones, so CPU-heavy tests (seeding 100,000 chatrooms) cannot stretch their timings.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive";
}
