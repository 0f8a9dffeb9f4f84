using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>The registered users, by name and in registration order; only touched under the store's lock.</summary>
internal sealed class UserState
{
    private readonly Dictionary<string, UserRecord> _byName = new Dictionary<string, UserRecord>(StringComparer.Ordinal);

    /// <summary>Every user record, in registration (sequence) order, so a page is found by binary search.</summary>
    private readonly List<UserRecord> _inOrder = new List<UserRecord>();
    private long _nextSequence;

    public int Count => _byName.Count;

    public IReadOnlyList<UserRecord> InOrder => _inOrder;

    /// <summary>The record of a user name given in any case, or null.</summary>
    public UserRecord? Find(string username) => _byName.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record) ? record : null;

    public bool Contains(string normalizedUsername) => _byName.ContainsKey(normalizedUsername);

    public UserRecord Add(UserEntity entity, string? password)
    {
        var record = new UserRecord(entity, password, _nextSequence++);
        _byName.Add(entity.Username, record);
        _inOrder.Add(record);
        return record;
    }

    /// <summary>Takes loaded records, numbered 0 to n-1 in registration order, into an empty state.</summary>
    public void Restore(IReadOnlyList<UserRecord> records)
    {
        foreach (var record in records)
        {
            _byName.Add(record.Entity.Username, record);
            _inOrder.Add(record);
        }

        _nextSequence = records.Count;
    }

    public void Remove(UserRecord record)
    {
        _inOrder.RemoveAt(FirstIndexAfter(record.Sequence - 1));
        _byName.Remove(record.Entity.Username);
    }

    /// <summary>Up to <paramref name="limit"/> users registered after <paramref name="afterSequence"/>, in registration order.</summary>
    public IReadOnlyList<UserRecord> ListAfter(long afterSequence, int limit, out bool more)
    {
        var start = FirstIndexAfter(afterSequence);
        var count = Math.Min(limit, _inOrder.Count - start);
        more = start + count < _inOrder.Count;
        return _inOrder.GetRange(start, count);
    }

    private int FirstIndexAfter(long sequence) => SortedLists.FirstIndexAfter(_inOrder, sequence, user => user.Sequence);
}
