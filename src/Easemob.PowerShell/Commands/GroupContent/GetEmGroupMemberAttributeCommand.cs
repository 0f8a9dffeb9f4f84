using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Gets group members' custom attributes, up to <see cref="EmApiLimits.MaxMembersPerAttributeGet"/> members per
/// request, grouped per group across the whole pipeline.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmGroupMemberAttribute")]
[OutputType(typeof(EmGroupMemberAttribute))]
public sealed class GetEmGroupMemberAttributeCommand : EmGroupUsersCmdlet
{
    private PipelineBatcher<ChatroomUserItem, IReadOnlyList<EmGroupMemberAttribute>>? _batcher;
    private string[] _keys = new string[0];

    /// <summary>Only these keys; all when not given.</summary>
    [Parameter]
    public string[]? Key { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _keys = Key ?? new string[0];
        _batcher = NewBatcher<ChatroomUserItem, IReadOnlyList<EmGroupMemberAttribute>>(EmApiLimits.MaxMembersPerAttributeGet, GetAsync,
            (_, attributes) => WriteObject(attributes, enumerateCollection: true), identityOf: item => item.Username);
    }

    protected override void ProcessRecord()
    {
        foreach (var (id, usernames) in TakeInput(null))
        {
            foreach (var username in usernames)
            {
                _batcher!.Add(id, new ChatroomUserItem(id, username));
            }
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<IReadOnlyList<EmGroupMemberAttribute>>>> GetAsync(string? groupId, IReadOnlyList<ChatroomUserItem> items, CancellationToken cancellationToken)
    {
        var attributes = await Client.GetGroupMembersAttributesAsync(groupId!, items.Select(i => i.Username).ToArray(), _keys, cancellationToken).ConfigureAwait(false);
        var byUser = attributes.ToLookup(a => a.Username, EmApiLimits.UsernameComparer);
        return items.Select(i => ItemOutcome<IReadOnlyList<EmGroupMemberAttribute>>.Success(byUser[i.Username].ToArray())).ToArray();
    }
}
