using System;
using System.Globalization;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Turns a mute duration given as seconds (a number) or as a TimeSpan (or text of either) into the
    /// whole seconds the API takes. -1 stays -1 (permanent); 0 lifts the mute.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class MuteDurationTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject ps ? ps.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case TimeSpan span:
                    return (long)Math.Ceiling(span.TotalSeconds);
                case string text:
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
                    {
                        return seconds;
                    }
                    if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed))
                    {
                        return (long)Math.Ceiling(parsed.TotalSeconds);
                    }
                    throw new ArgumentTransformationMetadataException("'" + text + "' is neither a number of seconds nor a TimeSpan.");
                case IConvertible number:
                    return Convert.ToInt64(number, CultureInfo.InvariantCulture);
                default:
                    throw new ArgumentTransformationMetadataException("A mute duration must be seconds or a TimeSpan, not " + value.GetType().Name + ".");
            }
        }
    }
}
