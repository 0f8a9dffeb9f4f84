using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// Users' contacts (mutual: adding makes both users contacts, removing unmakes both; each keeps its own remark)
/// and block lists (one-way). Every entry has a number, so list cursors stay valid across changes. A deleted
/// user's lists go, and so does their place in others'. Only touched under the store's lock; user names are
/// normalized by the caller.
/// </summary>
internal sealed class UserRelationState : StoreFamily
{
    private readonly Dictionary<string, List<Relation>> _contacts = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Relation>> _blocks = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
    private long _nextNumber = 1;

    /// <summary>A user's contacts in the order made.</summary>
    public IReadOnlyList<string> Contacts(string username) => ListOf(_contacts, username).Select(r => r.Other).ToArray();

    public int ContactCount(string username) => ListOf(_contacts, username).Count;

    public bool AreContacts(string username, string contact) => ListOf(_contacts, username).Any(r => r.Other == contact);

    /// <summary>A user's block list, newest first.</summary>
    public IReadOnlyList<string> BlockedUsers(string username) => ListOf(_blocks, username).Select(r => r.Other).Reverse().ToArray();

    public bool IsBlocked(string username, string blocked) => ListOf(_blocks, username).Any(r => r.Other == blocked);

    public int BlockedCount(string username) => ListOf(_blocks, username).Count;

    /// <summary>Makes two users who are not contacts yet each other's contacts.</summary>
    public void AddContact(string username, string contact)
    {
        Add(_contacts, username, contact, null);
        Add(_contacts, contact, username, null);
    }

    public void RemoveContact(string username, string contact)
    {
        ListOf(_contacts, username).RemoveAll(r => r.Other == contact);
        ListOf(_contacts, contact).RemoveAll(r => r.Other == username);
    }

    /// <summary>False when they are not contacts.</summary>
    public bool SetRemark(string username, string contact, string remark)
    {
        var relation = ListOf(_contacts, username).FirstOrDefault(r => r.Other == contact);
        if (relation == null)
        {
            return false;
        }

        relation.Remark = remark;
        return true;
    }

    /// <summary>Up to <paramref name="limit"/> contacts made after the entry numbered <paramref name="after"/>, and the last one's number.</summary>
    public IReadOnlyList<(string Contact, string? Remark)> ContactPage(string username, long after, int limit, out long? last)
    {
        var following = ListOf(_contacts, username).Where(r => r.Number > after).ToList();
        var page = following.Take(limit).ToList();
        last = following.Count > page.Count ? page.Last().Number : (long?)null;
        return page.Select(r => (r.Other, r.Remark)).ToArray();
    }

    /// <summary>Adds a user not blocked yet to the newest end of the block list.</summary>
    public void Block(string username, string blocked) => Add(_blocks, username, blocked, null);

    public void Unblock(string username, string blocked) => ListOf(_blocks, username).RemoveAll(r => r.Other == blocked);

    /// <summary>Up to <paramref name="limit"/> blocked users, newest first, older than the entry numbered <paramref name="before"/>.</summary>
    public IReadOnlyList<string> BlockPage(string username, long before, int limit, out long? last)
    {
        var newestFirst = ListOf(_blocks, username).AsEnumerable().Reverse().Where(r => r.Number < before).ToList();
        var page = newestFirst.Take(limit).ToList();
        last = newestFirst.Count > page.Count ? page.Last().Number : (long?)null;
        return page.Select(r => r.Other).ToArray();
    }

    public override void UserDeleted(string username)
    {
        foreach (var map in new[] { _contacts, _blocks })
        {
            map.Remove(username);
            foreach (var list in map.Values)
            {
                list.RemoveAll(r => r.Other == username);
            }
        }
    }

    public (List<StateFileUserRelations> Contacts, List<StateFileUserRelations> Blocks) ToStateFile() =>
        (ToStateFile(_contacts), ToStateFile(_blocks));

    /// <summary>
    /// Checks the saved lists (<paramref name="require"/> throws for a bad one; contacts must list each other);
    /// keeps nothing.
    /// </summary>
    public static (LoadedLists Contacts, LoadedLists Blocks) Load(List<StateFileUserRelations>? savedContacts, List<StateFileUserRelations>? savedBlocks,
        Func<string, bool> isUser, Action<bool, string> require)
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

        return (loadedContacts, loadedBlocks);
    }

    /// <summary>Takes loaded lists into an empty state, numbering their entries in order.</summary>
    public void Restore(LoadedLists loadedContacts, LoadedLists loadedBlocks)
    {
        foreach (var (map, loaded) in new[] { (_contacts, loadedContacts), (_blocks, loadedBlocks) })
        {
            foreach (var list in loaded)
            {
                foreach (var (other, remark) in list.Value)
                {
                    Add(map, list.Key, other, remark);
                }
            }
        }
    }

    private static LoadedLists Load(List<StateFileUserRelations>? saved, string what, Func<string, bool> isUser, Action<bool, string> require)
    {
        var loaded = new LoadedLists(StringComparer.Ordinal);
        foreach (var owner in saved ?? new List<StateFileUserRelations>())
        {
            require(owner?.Username != null && isUser(owner.Username), $"{what} of '{owner?.Username}': not one of the file's users.");
            var name = EmApiLimits.NormalizeUsername(owner!.Username!);
            require(!loaded.ContainsKey(name), $"{what} of '{name}' are listed twice.");
            var list = new List<(string Other, string? Remark)>();
            foreach (var entry in owner.Users ?? new List<StateFileRelatedUser>())
            {
                require(entry?.Username != null && isUser(entry.Username), $"{what} of '{name}': '{entry?.Username}' is not one of the file's users.");
                var other = EmApiLimits.NormalizeUsername(entry!.Username!);
                require(list.All(r => r.Other != other), $"{what} of '{name}': '{other}' is listed twice.");
                list.Add((other, entry.Remark));
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

    private void Add(Dictionary<string, List<Relation>> map, string owner, string other, string? remark) =>
        ListOf(map, owner).Add(new Relation(other, _nextNumber++) { Remark = remark });

    private static List<Relation> ListOf(Dictionary<string, List<Relation>> map, string owner)
    {
        if (!map.TryGetValue(owner, out var list))
        {
            list = new List<Relation>();
            map.Add(owner, list);
        }

        return list;
    }

    /// <summary>Lists read from a state file: per owner, the other users in order, with the remark of each.</summary>
    internal sealed class LoadedLists : Dictionary<string, List<(string Other, string? Remark)>>
    {
        public LoadedLists(IEqualityComparer<string> comparer)
            : base(comparer)
        {
        }
    }

    private sealed record Relation(string Other, long Number)
    {
        public string? Remark { get; set; }
    }
}
