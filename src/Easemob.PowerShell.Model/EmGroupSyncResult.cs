namespace Easemob.PowerShell.Model;

/// <summary>What Sync-EmGroupMember did (or, with -WhatIf, would do) to one group.</summary>
public sealed class EmGroupSyncResult
{
    public string GroupId { get; set; } = string.Empty;
    /// <summary>Users added (with -WhatIf: to add).</summary>
    public string[] Added { get; set; } = new string[0];
    /// <summary>Users removed (with -WhatIf: to remove).</summary>
    public string[] Removed { get; set; } = new string[0];
    /// <summary>Members already in the list, and those kept because they are the owner or (without -IncludeAdmins) admins.</summary>
    public int Unchanged { get; set; }
    /// <summary>Users whose add or remove failed; each also has its own error.</summary>
    public string[] Failed { get; set; } = new string[0];

    public override string ToString() => GroupId;
}
