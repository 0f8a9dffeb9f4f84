using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Sends pipeline items in batches instead of one request each: items are grouped by a key (a chatroom id,
/// or null when every item goes into one stream of batches, as for user batches), a group is sent when it
/// reaches the batch size and whatever is left at <see cref="Flush"/> (EndProcessing). Each batch is one
/// started item of the cmdlet's <see cref="ItemQueue"/>, so its limit bounds the batches in flight. The batch call
/// (a client batch call) answers one <see cref="ItemOutcome{T}"/> per item; each success is written, then each
/// failure as a non-terminating error targeting its own item. A failure of the whole call is an error for every
/// item of it.
/// </summary>
/// <remarks>
/// The call runs off the pipeline thread and receives only the key and the captured items; the write
/// callback runs on the pipeline thread and does no I/O.
/// </remarks>
internal sealed class PipelineBatcher<TItem, TResult>
{
    /// <summary>Sends one batch (1 to batch size items of one key) and answers one outcome per item, aligned.</summary>
    public delegate Task<IReadOnlyList<ItemOutcome<TResult>>> BatchCall(string? key, IReadOnlyList<TItem> items, CancellationToken cancellationToken);

    private readonly EmApiCmdlet _cmdlet;
    private readonly ItemQueue _items;
    private readonly int _batchSize;
    private readonly BatchCall _call;
    private readonly Action<TItem, TResult> _write;
    private readonly Func<TItem, object?> _targetOf;
    private readonly Func<TItem, string>? _identityOf;
    // Groups in the order their key was first seen, so the final flush follows the input's order.
    private readonly List<Group> _groups = new List<Group>();
    private readonly Dictionary<string, Group> _byKey = new Dictionary<string, Group>(StringComparer.Ordinal);

    /// <param name="cmdlet">The cmdlet whose error stream the batches use.</param>
    /// <param name="items">The queue the batches run on.</param>
    /// <param name="batchSize">Most items per request.</param>
    /// <param name="call">Sends one batch.</param>
    /// <param name="write">Writes one item's result (on the pipeline thread).</param>
    /// <param name="targetOf">The error target for an item; the item itself when null.</param>
    /// <param name="identityOf">
    /// When given, an item whose identity (case-insensitive) was already queued under the same key is
    /// dropped: the vendor treats user names case-insensitively, so it is sent once.
    /// </param>
    public PipelineBatcher(EmApiCmdlet cmdlet, ItemQueue items, int batchSize, BatchCall call, Action<TItem, TResult> write,
        Func<TItem, object?>? targetOf = null, Func<TItem, string>? identityOf = null)
    {
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch holds at least one item.");
        }
        _cmdlet = cmdlet;
        _items = items;
        _batchSize = batchSize;
        _call = call;
        _write = write;
        _targetOf = targetOf ?? (item => item);
        _identityOf = identityOf;
    }

    /// <summary>Queues an item; sends its group's batch once full. Returns false for a repeated item (dropped).</summary>
    public bool Add(string? key, TItem item)
    {
        var group = GroupOf(key);
        if (_identityOf != null && !group.Seen.Add(_identityOf(item)))
        {
            return false;
        }
        group.Pending.Add(item);
        if (group.Pending.Count >= _batchSize)
        {
            Send(group);
        }
        return true;
    }

    /// <summary>Sends every partly filled batch, in the order their keys were first seen.</summary>
    public void Flush()
    {
        foreach (var group in _groups)
        {
            if (group.Pending.Count > 0)
            {
                Send(group);
            }
        }
    }

    /// <summary>Sends the partly filled batch of <paramref name="key"/>, if any.</summary>
    public void Flush(string? key)
    {
        if (_byKey.TryGetValue(key ?? string.Empty, out var group) && group.Pending.Count > 0)
        {
            Send(group);
        }
    }

    private Group GroupOf(string? key)
    {
        var lookup = key ?? string.Empty;
        if (!_byKey.TryGetValue(lookup, out var group))
        {
            group = new Group(key);
            _byKey.Add(lookup, group);
            _groups.Add(group);
        }
        return group;
    }

    private void Send(Group group)
    {
        var items = group.Pending.ToArray();
        group.Pending.Clear();
        var key = group.Key;
        _items.Start(items, async cancellationToken =>
        {
            IReadOnlyList<ItemOutcome<TResult>> outcomes;
            try
            {
                outcomes = await _call(key, items, cancellationToken).ConfigureAwait(false);
            }
            catch (EasemobApiException failure)
            {
                return () => FailAll(items, failure);
            }
            if (outcomes.Count != items.Length)
            {
                throw new InvalidOperationException("A batch call answered " + outcomes.Count + " outcomes for " + items.Length + " items.");
            }
            return () => WriteOutcomes(items, outcomes);
        });
    }

    /// <summary>
    /// Writes the batch's successes, then its errors, each in item order: an error that terminates (-ErrorAction
    /// Stop) then comes after every item the batch did, so none of those goes unreported.
    /// </summary>
    private void WriteOutcomes(TItem[] items, IReadOnlyList<ItemOutcome<TResult>> outcomes)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (outcomes[i].Succeeded)
            {
                _write(items[i], outcomes[i].Result);
            }
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                _cmdlet.WriteError(ErrorRecords.FromApi(error, _targetOf(items[i])));
            }
        }
    }

    private void FailAll(TItem[] items, EasemobApiException failure) =>
        WriteOutcomes(items, Array.ConvertAll(items, _ => ItemOutcome<TResult>.Failure(failure)));

    private sealed class Group
    {
        public Group(string? key) => Key = key;

        public string? Key { get; }

        public List<TItem> Pending { get; } = new List<TItem>();

        public HashSet<string> Seen { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    }
}
