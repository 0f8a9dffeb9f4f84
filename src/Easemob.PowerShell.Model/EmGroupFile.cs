using System;

namespace Easemob.PowerShell.Model;

/// <summary>A file shared in a group.</summary>
public sealed class EmGroupFile
{
    public string GroupId { get; set; } = string.Empty;
    public string FileId { get; set; } = string.Empty;
    public string? Name { get; set; }
    /// <summary>The user who uploaded it.</summary>
    public string? Owner { get; set; }
    /// <summary>Size in bytes.</summary>
    public long? Size { get; set; }
    public DateTimeOffset? Created { get; set; }

    public override string ToString() => FileId;
}
