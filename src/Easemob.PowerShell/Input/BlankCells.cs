using System.Management.Automation;

namespace Easemob.PowerShell;

/// <summary>The one rule for a value that may come from a CSV cell: blank text is not given.</summary>
internal static class BlankCells
{
    /// <summary>The bound value without its PSObject wrapper; null for null or blank text (an empty CSV cell).</summary>
    public static object? ValueOrNull(object? inputData)
    {
        var value = inputData is PSObject ps ? ps.BaseObject : inputData;
        return value is string text && string.IsNullOrWhiteSpace(text) ? null : value;
    }
}
