using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>Completes group ids (showing names) from one listing page of the session; typing part of a name narrows it.</summary>
public sealed class GroupIdCompleter : SessionListCompleter<EmGroup>
{
    private const int MaxGroups = EmApiLimits.MaxGroupPageSize;

    private protected override async Task<IReadOnlyList<EmGroup>> ReadAsync(EasemobClient client, string scope, CancellationToken cancellationToken) =>
        (await client.ListGroupsAsync(MaxGroups, null, cancellationToken).ConfigureAwait(false)).Items;

    private protected override bool Matches(EmGroup group, string word) =>
        group.Id.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        || (group.Name ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    private protected override CompletionResult Result(EmGroup group) =>
        new CompletionResult(group.Id, group.Id + " (" + group.Name + ")", CompletionResultType.ParameterValue, group.Name ?? group.Id);
}
