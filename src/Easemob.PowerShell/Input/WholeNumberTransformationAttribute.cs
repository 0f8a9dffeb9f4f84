using System;
using System.Globalization;
using System.Management.Automation;

namespace Easemob.PowerShell;

/// <summary>
/// Binds a whole-number parameter strictly. Only blank text (an empty CSV cell) is "not given" (null); any other
/// value must be a whole number, written in decimal digits when it is text. What PowerShell's own conversion
/// would bend ('20.7' to 21, '0x10' to 16, $true to 1) or drop without a word when piped ('abc', '5OO') is
/// refused instead: a piped row then fails with its own binding error and nothing is sent for it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class WholeNumberTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = BlankCells.ValueOrNull(inputData);
        switch (value)
        {
            case null:
                return null;
            case string text:
                return int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw NotWhole("'" + text + "'");
            case int number:
                return number;
            case IConvertible number when !(number is bool) && !(number is char) && !(number is DateTime):
                return Whole(number) ?? throw NotWhole(Convert.ToString(number, CultureInfo.InvariantCulture));
            default:
                throw NotWhole("A " + value.GetType().Name);
        }
    }

    /// <summary>The number as an int when it is whole and in range, else null (NaN and infinities included).</summary>
    private static int? Whole(IConvertible number)
    {
        decimal value;
        try
        {
            value = Convert.ToDecimal(number, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }
        return decimal.Truncate(value) == value && value >= int.MinValue && value <= int.MaxValue ? (int)value : (int?)null;
    }

    private static ArgumentTransformationMetadataException NotWhole(string what) =>
        new ArgumentTransformationMetadataException(what + " is not a whole number (decimal digits, within the 32-bit range).");
}
