namespace Easemob.PowerShell.Tests.Support;

/// <summary>
/// Tests that run against real time (the server's rate windows, token lifetimes): run one at a time, after the
/// others, so that they do not share the CPU with each other.
/// </summary>
[CollectionDefinition(nameof(TimingSensitive), DisableParallelization = true)]
public class TimingSensitive;
