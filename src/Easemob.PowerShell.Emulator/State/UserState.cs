using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>The registered users, by name and in registration order; only touched under the store's lock.</summary>
    internal sealed class UserState
    {
        private readonly Dictionary<string, UserRecord> byName = new Dictionary<string, UserRecord>(StringComparer.Ordinal);

        /// <summary>Every user record, in registration (sequence) order, so a page is found by binary search.</summary>
        private readonly List<UserRecord> inOrder = new List<UserRecord>();
        private long nextSequence;

        public int Count => byName.Count;

        public IReadOnlyList<UserRecord> InOrder => inOrder;

        /// <summary>The record of a user name given in any case, or null.</summary>
        public UserRecord? Find(string username) => byName.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record) ? record : null;

        public bool Contains(string normalizedUsername) => byName.ContainsKey(normalizedUsername);

        public UserRecord Add(UserEntity entity, string? password)
        {
            var record = new UserRecord(entity, password, nextSequence++);
            byName.Add(entity.Username, record);
            inOrder.Add(record);
            return record;
        }

        /// <summary>Takes loaded records, numbered 0 to n-1 in registration order, into an empty state.</summary>
        public void Restore(IReadOnlyList<UserRecord> records)
        {
            foreach (var record in records)
            {
                byName.Add(record.Entity.Username, record);
                inOrder.Add(record);
            }

            nextSequence = records.Count;
        }

        public void Remove(UserRecord record)
        {
            inOrder.RemoveAt(FirstIndexAfter(record.Sequence - 1));
            byName.Remove(record.Entity.Username);
        }

        /// <summary>Up to <paramref name="limit"/> users registered after <paramref name="afterSequence"/>, in registration order.</summary>
        public IReadOnlyList<UserRecord> ListAfter(long afterSequence, int limit, out bool more)
        {
            var start = FirstIndexAfter(afterSequence);
            var count = Math.Min(limit, inOrder.Count - start);
            more = start + count < inOrder.Count;
            return inOrder.GetRange(start, count);
        }

        private int FirstIndexAfter(long sequence) => SortedLists.FirstIndexAfter(inOrder, sequence, user => user.Sequence);
    }
}
