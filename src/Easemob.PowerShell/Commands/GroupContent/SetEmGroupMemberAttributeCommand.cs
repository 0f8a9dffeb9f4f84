using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sets group members' custom attributes ("" removes a key), up to <see cref="EmApiLimits.MaxMembersPerAttributeSet"/>
/// members per request, grouped per group across the whole pipeline. A concurrent edit the server refuses (409) is retried.
/// </summary>
[Cmdlet(VerbsCommon.Set, "EmGroupMemberAttribute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroupMemberAttribute))]
public sealed class SetEmGroupMemberAttributeCommand : EmGroupUsersCmdlet
{
    private PipelineBatcher<(ChatroomUserItem Item, IReadOnlyDictionary<string, string> Pairs), IReadOnlyList<EmGroupMemberAttribute>>? _batcher;

    /// <summary>The attributes to set, as a hashtable of key = value; a value of '' removes the key.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    public Hashtable Attribute { get; set; } = new Hashtable();

    /// <summary>Writes the attributes each member now has set.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _batcher = NewBatcher<(ChatroomUserItem Item, IReadOnlyDictionary<string, string> Pairs), IReadOnlyList<EmGroupMemberAttribute>>(
            EmApiLimits.MaxMembersPerAttributeSet, SetAsync,
            (_, set) => { if (PassThru) WriteObject(set, enumerateCollection: true); },
            targetOf: entry => entry.Item);
    }

    protected override void ProcessRecord()
    {
        var pairs = Attribute.Cast<DictionaryEntry>().ToDictionary(e => e.Key?.ToString() ?? string.Empty, e => e.Value?.ToString() ?? string.Empty);
        foreach (var id in CheckedIds())
        {
            var invalid = pairs.Count == 0
                ? InputChecks.NothingToSet("Give -Attribute @{ key = 'value' } with at least one pair.", id)
                : pairs.Select(p => InputChecks.MemberAttribute(p.Key, p.Value, id)).FirstOrDefault(e => e != null);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
        }
        foreach (var (id, usernames) in TakeInput("Set attributes " + string.Join(", ", pairs.Keys) + " of"))
        {
            foreach (var username in usernames)
            {
                _batcher!.Add(id, (new ChatroomUserItem(id, username), pairs));
            }
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<IReadOnlyList<EmGroupMemberAttribute>>>> SetAsync(string? groupId,
        IReadOnlyList<(ChatroomUserItem Item, IReadOnlyDictionary<string, string> Pairs)> entries, CancellationToken cancellationToken)
    {
        // A member named by several rows of one batch is sent once with their pairs merged, later rows winning.
        var byUser = new Dictionary<string, IReadOnlyDictionary<string, string>>(EmApiLimits.UsernameComparer);
        foreach (var entry in entries)
        {
            var merged = byUser.TryGetValue(entry.Item.Username, out var earlier) ? earlier.ToDictionary(p => p.Key, p => p.Value) : new Dictionary<string, string>();
            foreach (var pair in entry.Pairs) merged[pair.Key] = pair.Value;
            byUser[entry.Item.Username] = merged;
        }
        var outcomes = await Client.SetGroupMemberAttributesAsync(groupId!, byUser, cancellationToken).ConfigureAwait(false);
        var byName = byUser.Keys.Select((user, i) => (user, i)).ToDictionary(u => u.user, u => outcomes[u.i], EmApiLimits.UsernameComparer);
        return entries.Select(e => byName[e.Item.Username]).ToArray();
    }
}
