using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// One page of the app's global mutes, one object per server row (one user and one scope): a user can
/// appear up to three times. <see cref="GlobalMuteMerger"/> merges them.
/// </summary>
public sealed class GlobalMutePage
{
    public GlobalMutePage(IReadOnlyList<EmGlobalMute> rows, DateTimeOffset? checkedOn)
    {
        Rows = rows;
        CheckedOn = checkedOn;
    }

    public IReadOnlyList<EmGlobalMute> Rows { get; }

    /// <summary>The server's unixtime for this page (also set on each row).</summary>
    public DateTimeOffset? CheckedOn { get; }
}
