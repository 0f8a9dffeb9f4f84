using System;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Binds a blank text (an empty CSV cell) as null, "not given", where PowerShell would turn it into 0
    /// for a number parameter.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BlankAsNullTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) =>
            (inputData is PSObject ps ? ps.BaseObject : inputData) is string text && string.IsNullOrWhiteSpace(text)
                ? null
                : inputData;
    }
}
