using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// A chatroom as the emulator holds it. Immutable: a change replaces the whole object in the store, so a
/// reference is a consistent snapshot and answers can be serialized without holding the store's lock.
/// </summary>
public sealed class EmulatorChatroom
{
    private readonly string[] _members;
    private readonly string[] _admins;

    /// <param name="id">The id: the numeric id as text, or the id the create chose.</param>
    internal EmulatorChatroom(long numericId, string id, string name, string description, string owner, int maxUsers,
        string[] members, string[] admins, string custom, DateTimeOffset created)
    {
        NumericId = numericId;
        Id = id;
        Name = name;
        Description = description;
        Owner = owner;
        MaxUsers = maxUsers;
        _members = members;
        _admins = admins;
        Members = new ReadOnlyCollection<string>(members);
        Admins = new ReadOnlyCollection<string>(admins);
        Custom = custom;
        Created = created;
    }

    /// <summary>
    /// The id: a numeric string beyond 2^53, so it must never travel as a JSON number; or the id the create chose
    /// (with <see cref="EmulatorOptions.AllowChosenChatroomIds"/>).
    /// </summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>The description; empty when none was given.</summary>
    public string Description { get; }

    public string Owner { get; }

    public int MaxUsers { get; }

    /// <summary>Every member but the owner, in joining order; admins included.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The members that are admins (a subset of <see cref="Members"/>).</summary>
    public IReadOnlyList<string> Admins { get; }

    /// <summary>The custom extension string; empty when none was given.</summary>
    public string Custom { get; }

    public DateTimeOffset Created { get; }

    /// <summary>Members including the owner, as the service's affiliations_count.</summary>
    public int AffiliationsCount => _members.Length + 1;

    /// <summary>The place in creation order (for a numeric id, the id itself).</summary>
    internal long NumericId { get; }

    public override string ToString() => Id;

    internal bool HasMember(string username) => Array.IndexOf(_members, username) >= 0;

    internal EmulatorChatroom WithDetails(string name, string description, int maxUsers) =>
        new EmulatorChatroom(NumericId, Id, name, description, Owner, maxUsers, _members, _admins, Custom, Created);

    /// <summary>Hands the chatroom to <paramref name="newOwner"/>; the old owner stays on as an ordinary member.</summary>
    internal EmulatorChatroom WithOwner(string newOwner)
    {
        var newMembers = _members.Where(m => m != newOwner).Concat(new[] { Owner }).ToArray();
        var newAdmins = _admins.Where(a => a != newOwner).ToArray();
        return new EmulatorChatroom(NumericId, Id, Name, Description, newOwner, MaxUsers, newMembers, newAdmins, Custom, Created);
    }

    /// <summary>Adds new members (none of them already in) at the end, in the order given.</summary>
    internal EmulatorChatroom WithMembers(IReadOnlyCollection<string> joining) =>
        joining.Count == 0 ? this : new EmulatorChatroom(NumericId, Id, Name, Description, Owner, MaxUsers, _members.Concat(joining).ToArray(), _admins, Custom, Created);

    internal EmulatorChatroom WithoutMembers(ISet<string> leaving) =>
        new EmulatorChatroom(NumericId, Id, Name, Description, Owner, MaxUsers,
            _members.Where(m => !leaving.Contains(m)).ToArray(), _admins.Where(a => !leaving.Contains(a)).ToArray(), Custom, Created);

    internal EmulatorChatroom WithoutAdmin(string admin) =>
        new EmulatorChatroom(NumericId, Id, Name, Description, Owner, MaxUsers, _members, _admins.Where(a => a != admin).ToArray(), Custom, Created);

    internal EmulatorChatroom WithAdmin(string member) =>
        new EmulatorChatroom(NumericId, Id, Name, Description, Owner, MaxUsers, _members, _admins.Concat(new[] { member }).ToArray(), Custom, Created);
}
