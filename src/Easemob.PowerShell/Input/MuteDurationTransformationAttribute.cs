using System;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Turns a mute duration given as seconds (a number) or as a TimeSpan (or text of either) into the
    /// whole seconds the API takes, rounded up. -1 stays -1 (permanent); 0 lifts the mute; any other negative
    /// number and any negative TimeSpan are refused (a deadline just past must not become a permanent mute).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class MuteDurationTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var seconds = Durations.Seconds(inputData, "A mute duration", EmGlobalMute.Permanent);
            return seconds.HasValue ? Durations.WholeSeconds(seconds.Value) : (object?)null;
        }
    }
}
