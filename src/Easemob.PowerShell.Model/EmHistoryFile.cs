using System;

namespace Easemob.PowerShell.Model;

/// <summary>One hour of exported history: where it was written and what happened to it.</summary>
public sealed class EmHistoryFile
{
    /// <summary>The hour's start, in UTC.</summary>
    public DateTime Hour { get; set; }
    /// <summary>The hour's file, &lt;yyyyMMddHH&gt;.gz.</summary>
    public string Path { get; set; } = string.Empty;
    public long Bytes { get; set; }
    public EmHistoryFileStatus Status { get; set; }

    public override string ToString() => Path;
}

public enum EmHistoryFileStatus
{
    /// <summary>Downloaded by this run.</summary>
    Downloaded,
    /// <summary>On disk already (an earlier run): not asked again.</summary>
    Skipped,
    /// <summary>The service has no file for the hour (404 storage_object_not_found): written as an empty file.</summary>
    NoMessages,
}
