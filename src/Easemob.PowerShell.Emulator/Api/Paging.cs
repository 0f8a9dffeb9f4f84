namespace Easemob.PowerShell.Emulator.Api;

internal static class Paging
{
    /// <summary>How many items precede page <paramref name="pageNumber"/> (1-based), capped to fit an int.</summary>
    public static int Offset(int pageNumber, int pageSize)
    {
        var offset = ((long)pageNumber - 1) * pageSize;
        return offset > int.MaxValue ? int.MaxValue : (int)offset;
    }
}
