namespace Easemob.PowerShell.Client.Tests.Support;

/// <summary>Tests that measure real time run alone, so other tests' CPU use does not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive";
}
