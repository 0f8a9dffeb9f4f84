using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>
    /// Users' contacts (mutual: adding makes both users contacts, removing unmakes both; each keeps its own remark)
    /// and block lists (one-way). Every entry has a number, so list cursors stay valid across changes. Thread-safe.
    /// User names are normalized by the caller.
    /// </summary>
    public sealed class UserRelationState
    {
        private readonly object gate = new object();
        private readonly Dictionary<string, List<Relation>> contacts = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Relation>> blocks = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        private long nextNumber = 1;

        /// <summary>A user's contacts in the order made.</summary>
        public IReadOnlyList<string> Contacts(string username)
        {
            lock (gate)
            {
                return ListOf(contacts, username).Select(r => r.Other).ToArray();
            }
        }

        /// <summary>A user's block list, newest first.</summary>
        public IReadOnlyList<string> BlockedUsers(string username)
        {
            lock (gate)
            {
                return ListOf(blocks, username).Select(r => r.Other).Reverse().ToArray();
            }
        }

        public string? Remark(string username, string contact)
        {
            lock (gate)
            {
                return ListOf(contacts, username).FirstOrDefault(r => r.Other == contact)?.Remark;
            }
        }

        /// <summary>Makes both users contacts; refused with 403 when either list is full. Already contacts: nothing changes.</summary>
        public void AddContact(string username, string contact, int maxContacts)
        {
            lock (gate)
            {
                var mine = ListOf(contacts, username);
                var theirs = ListOf(contacts, contact);
                if (mine.Any(r => r.Other == contact))
                {
                    return;
                }

                if (mine.Count >= maxContacts || theirs.Count >= maxContacts)
                {
                    throw new EmulatorApiException(ApiError.ExceedLimit("user contact number exceed limit"));
                }

                Add(contacts, username, contact);
                Add(contacts, contact, username);
            }
        }

        public void RemoveContact(string username, string contact)
        {
            lock (gate)
            {
                ListOf(contacts, username).RemoveAll(r => r.Other == contact);
                ListOf(contacts, contact).RemoveAll(r => r.Other == username);
            }
        }

        /// <summary>False when they are not contacts.</summary>
        public bool SetRemark(string username, string contact, string remark)
        {
            lock (gate)
            {
                var relation = ListOf(contacts, username).FirstOrDefault(r => r.Other == contact);
                if (relation == null)
                {
                    return false;
                }

                relation.Remark = remark;
                return true;
            }
        }

        /// <summary>Up to <paramref name="limit"/> contacts made after the entry numbered <paramref name="after"/>, and the last one's number.</summary>
        public IReadOnlyList<(string Contact, string? Remark)> ContactPage(string username, long after, int limit, out long? last)
        {
            lock (gate)
            {
                var following = ListOf(contacts, username).Where(r => r.Number > after).ToList();
                var page = following.Take(limit).ToList();
                last = following.Count > page.Count ? page.Last().Number : (long?)null;
                return page.Select(r => (r.Other, r.Remark)).ToArray();
            }
        }

        /// <summary>Blocks users (already blocked ones stay where they are); refused with 403 beyond the list's limit.</summary>
        public void Block(string username, IReadOnlyList<string> blocked)
        {
            lock (gate)
            {
                var list = ListOf(blocks, username);
                var added = blocked.Distinct(StringComparer.Ordinal).Where(b => list.All(r => r.Other != b)).ToList();
                if (list.Count + added.Count > EmApiLimits.MaxBlockedUsers)
                {
                    throw new EmulatorApiException(ApiError.ExceedLimit($"blocked user count exceed limit {EmApiLimits.MaxBlockedUsers}"));
                }

                foreach (var user in added)
                {
                    Add(blocks, username, user);
                }
            }
        }

        public void Unblock(string username, string blocked)
        {
            lock (gate)
            {
                ListOf(blocks, username).RemoveAll(r => r.Other == blocked);
            }
        }

        /// <summary>Up to <paramref name="limit"/> blocked users, newest first, older than the entry numbered <paramref name="before"/>.</summary>
        public IReadOnlyList<string> BlockPage(string username, long before, int limit, out long? last)
        {
            lock (gate)
            {
                var newestFirst = ListOf(blocks, username).AsEnumerable().Reverse().Where(r => r.Number < before).ToList();
                var page = newestFirst.Take(limit).ToList();
                last = newestFirst.Count > page.Count ? page.Last().Number : (long?)null;
                return page.Select(r => r.Other).ToArray();
            }
        }

        /// <summary>Forgets a deleted user: their lists, and their place in others'.</summary>
        public void Forget(string username)
        {
            lock (gate)
            {
                foreach (var map in new[] { contacts, blocks })
                {
                    map.Remove(username);
                    foreach (var list in map.Values)
                    {
                        list.RemoveAll(r => r.Other == username);
                    }
                }
            }
        }

        internal (List<StateFileUserRelations> Contacts, List<StateFileUserRelations> Blocks) ToStateFile()
        {
            lock (gate)
            {
                return (ToStateFile(contacts), ToStateFile(blocks));
            }
        }

        /// <summary>Checks the saved lists (<paramref name="require"/> throws for a bad one), then keeps them.</summary>
        internal void LoadStateFile(List<StateFileUserRelations>? savedContacts, List<StateFileUserRelations>? savedBlocks, Func<string, bool> isUser, Action<bool, string> require)
        {
            var loadedContacts = Load(savedContacts, "contacts", isUser, require);
            var loadedBlocks = Load(savedBlocks, "block list", isUser, require);
            foreach (var list in loadedContacts)
            {
                foreach (var relation in list.Value)
                {
                    require(loadedContacts.TryGetValue(relation.Other, out var back) && back.Any(r => r.Other == list.Key),
                        $"contacts of '{list.Key}': '{relation.Other}' does not list '{list.Key}' back; contacts are mutual.");
                }
            }

            lock (gate)
            {
                contacts.Clear();
                blocks.Clear();
                foreach (var list in loadedContacts)
                {
                    contacts.Add(list.Key, list.Value);
                }

                foreach (var list in loadedBlocks)
                {
                    blocks.Add(list.Key, list.Value);
                }
            }
        }

        private Dictionary<string, List<Relation>> Load(List<StateFileUserRelations>? saved, string what, Func<string, bool> isUser, Action<bool, string> require)
        {
            var loaded = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
            foreach (var owner in saved ?? new List<StateFileUserRelations>())
            {
                require(owner?.Username != null && isUser(owner.Username), $"{what} of '{owner?.Username}': not one of the file's users.");
                var name = EmApiLimits.NormalizeUsername(owner!.Username!);
                require(!loaded.ContainsKey(name), $"{what} of '{name}' are listed twice.");
                var list = new List<Relation>();
                foreach (var entry in owner.Users ?? new List<StateFileRelatedUser>())
                {
                    require(entry?.Username != null && isUser(entry.Username), $"{what} of '{name}': '{entry?.Username}' is not one of the file's users.");
                    var other = EmApiLimits.NormalizeUsername(entry!.Username!);
                    require(list.All(r => r.Other != other), $"{what} of '{name}': '{other}' is listed twice.");
                    list.Add(new Relation(other, nextNumber++) { Remark = entry.Remark });
                }

                loaded.Add(name, list);
            }

            return loaded;
        }

        private static List<StateFileUserRelations> ToStateFile(Dictionary<string, List<Relation>> map) =>
            map.Where(m => m.Value.Count > 0).Select(m => new StateFileUserRelations
            {
                Username = m.Key,
                Users = m.Value.Select(r => new StateFileRelatedUser { Username = r.Other, Remark = r.Remark }).ToList(),
            }).ToList();

        private void Add(Dictionary<string, List<Relation>> map, string owner, string other) =>
            ListOf(map, owner).Add(new Relation(other, nextNumber++));

        private static List<Relation> ListOf(Dictionary<string, List<Relation>> map, string owner)
        {
            if (!map.TryGetValue(owner, out var list))
            {
                list = new List<Relation>();
                map.Add(owner, list);
            }

            return list;
        }

        private sealed class Relation
        {
            public Relation(string other, long number)
            {
                Other = other;
                Number = number;
            }

            public string Other { get; }

            public long Number { get; }

            public string? Remark { get; set; }
        }
    }
}
