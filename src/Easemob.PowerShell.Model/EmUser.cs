using System;

namespace Easemob.PowerShell.Model;

public sealed class EmUser
{
    public string Username { get; set; } = string.Empty;
    public string? Nickname { get; set; }
    public bool? Activated { get; set; }
    public DateTimeOffset? Created { get; set; }
    public string? Uuid { get; set; }

    public override string ToString() => Username;
}
