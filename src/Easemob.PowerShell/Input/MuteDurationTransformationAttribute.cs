using System;
using System.Management.Automation;

namespace Easemob.PowerShell;

/// <summary>
/// Turns a mute duration given as seconds (a number) or as a TimeSpan (or text of either) into the
/// whole seconds the API takes, rounded up. -1 stays -1 (permanent) and 0 lifts the mute; a negative
/// TimeSpan or fraction is refused (a deadline just past must not become a permanent mute), and the
/// cmdlet refuses other negative numbers.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class MuteDurationTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var seconds = Durations.Seconds(inputData, "A mute duration", wholeNegativesChecked: true);
        return seconds.HasValue ? Durations.WholeSeconds(seconds.Value) : (object?)null;
    }
}
