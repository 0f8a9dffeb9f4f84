using System;

namespace Easemob.PowerShell.Model;

/// <summary>A documented limit: at most <see cref="Count"/> units (calls or messages) in any <see cref="Window"/>.</summary>
public readonly struct EmRateLimit
{
    public EmRateLimit(int count, TimeSpan window)
    {
        Count = count;
        Window = window;
    }

    public int Count { get; }

    public TimeSpan Window { get; }
}
