using System;
using System.Globalization;
using System.Management.Automation;

namespace Easemob.PowerShell;

/// <summary>
/// Reads a duration given as a number of seconds or as a TimeSpan (or text of either), the same way for
/// every duration parameter: plain numbers are seconds, never ticks; a negative duration is refused.
/// </summary>
internal static class Durations
{
    /// <summary>The duration in seconds; null for null or blank text.</summary>
    /// <param name="wholeNegativesChecked">
    /// Whole negative numbers are left to the caller's range check (a mute's -1 means permanent, and -2 is
    /// reported there); fractional ones are refused here, since rounding them would change their meaning.
    /// </param>
    public static double? Seconds(object? inputData, string what, bool wholeNegativesChecked = false)
    {
        var value = BlankCells.ValueOrNull(inputData);
        switch (value)
        {
            case null:
                return null;
            case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return Number(number, what, wholeNegativesChecked);
            case string text when TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed):
                return Span(parsed, what);
            case string text:
                throw new ArgumentTransformationMetadataException("'" + text + "' is neither a number of seconds nor a TimeSpan.");
            case TimeSpan span:
                return Span(span, what);
            case IConvertible number when !(number is bool) && !(number is char) && !(number is DateTime):
                return Number(Convert.ToDouble(number, CultureInfo.InvariantCulture), what, wholeNegativesChecked);
            default:
                throw new ArgumentTransformationMetadataException(what + " must be seconds or a TimeSpan, not " + value.GetType().Name + ".");
        }
    }

    /// <summary>Whole seconds, rounded up, so a fraction of a second never becomes 0.</summary>
    public static long WholeSeconds(double seconds) => (long)Math.Ceiling(seconds);

    private static double Number(double seconds, string what, bool wholeNegativesChecked)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds))
        {
            throw new ArgumentTransformationMetadataException(what + " must be a finite number of seconds; got " + seconds.ToString(CultureInfo.InvariantCulture) + ".");
        }
        if (seconds < 0 && !(wholeNegativesChecked && Math.Floor(seconds) == seconds))
        {
            throw new ArgumentTransformationMetadataException(what + " cannot be negative; got " + seconds.ToString(CultureInfo.InvariantCulture) + ".");
        }
        return seconds;
    }

    private static double Span(TimeSpan span, string what)
    {
        if (span < TimeSpan.Zero)
        {
            throw new ArgumentTransformationMetadataException(what + " cannot be a negative TimeSpan; got " + span.ToString("c", CultureInfo.InvariantCulture) + " (a moment already past?).");
        }
        return span.TotalSeconds;
    }
}

/// <summary>Binds a TimeSpan parameter from a TimeSpan or a number of seconds (not ticks); refuses negatives.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecondsTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var seconds = Durations.Seconds(inputData, "A duration");
        return seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : (object?)null;
    }
}
