using System;

namespace Easemob.PowerShell.Client.Json;

/// <summary>Server timestamps: documented in milliseconds, sometimes sent in seconds (the mutes example).</summary>
internal static class UnixTime
{
    /// <summary>Above this a timestamp is in milliseconds: in seconds it would be after the year 5000.</summary>
    private const long MillisecondsThreshold = 100_000_000_000;

    public static DateTimeOffset? FromSecondsOrMilliseconds(long? value)
    {
        if (value is not { } number) return null;
        try
        {
            return number > MillisecondsThreshold
                ? DateTimeOffset.FromUnixTimeMilliseconds(number)
                : DateTimeOffset.FromUnixTimeSeconds(number);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
