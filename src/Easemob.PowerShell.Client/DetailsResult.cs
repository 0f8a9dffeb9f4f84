using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>The answer to a details lookup of several chatrooms or groups, some of which may not exist.</summary>
public sealed class DetailsResult<T>
{
    public DetailsResult(IReadOnlyList<T> found, IReadOnlyList<EasemobApiException> missing)
    {
        Found = found;
        Missing = missing;
    }

    /// <summary>The chatrooms or groups that exist, in the order their ids were asked for.</summary>
    public IReadOnlyList<T> Found { get; }

    /// <summary>One 404 per id that does not exist (with <see cref="EasemobApiException.Id"/> set), in request order.</summary>
    public IReadOnlyList<EasemobApiException> Missing { get; }

    /// <summary>One outcome per id of <paramref name="ids"/> (the ids asked for): its room, or its 404.</summary>
    public IReadOnlyList<ItemOutcome<T>> Outcomes(IReadOnlyList<string> ids, Func<T, string> idOf)
    {
        var found = Found.ToDictionary(idOf, StringComparer.Ordinal);
        var missing = Missing.ToDictionary(e => e.Id!, StringComparer.Ordinal);
        return ItemOutcome<T>.ForEach(ids, id => found.ContainsKey(id) ? null : missing[id], id => found[id]);
    }
}
