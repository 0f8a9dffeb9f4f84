using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// Users' contacts and block lists. Every user named must exist (404 service_resource_not_found otherwise), as
/// every relation call of the service answers for an unknown one.
/// </summary>
public sealed partial class EmulatorStore
{
    /// <summary>A user's contacts in the order made.</summary>
    public IReadOnlyList<string> Contacts(string username)
    {
        lock (_gate)
        {
            return _relations.Contacts(RequireUser(username).Entity.Username);
        }
    }

    /// <summary>A user's block list, newest first.</summary>
    public IReadOnlyList<string> BlockedUsers(string username)
    {
        lock (_gate)
        {
            return _relations.BlockedUsers(RequireUser(username).Entity.Username);
        }
    }

    /// <summary>Makes both users contacts (already contacts: nothing changes); refused with 403 when either list is full.</summary>
    public void AddContact(string username, string contact) => AddContactSnapshot(username, contact);

    /// <summary>As <see cref="AddContact"/>, returning the contact for the call's answer.</summary>
    internal State.UserSnapshot AddContactSnapshot(string username, string contact)
    {
        lock (_gate)
        {
            var (owner, other) = (RequireUser(username), RequireUser(contact));
            AddContactLocked(owner.Entity.Username, other.Entity.Username);
            return Snapshot(other);
        }
    }

    /// <summary>Unmakes both users' contact; returns the contact.</summary>
    internal State.UserSnapshot RemoveContact(string username, string contact)
    {
        lock (_gate)
        {
            var (owner, other) = (RequireUser(username), RequireUser(contact));
            _relations.RemoveContact(owner.Entity.Username, other.Entity.Username);
            return Snapshot(other);
        }
    }

    /// <summary>Sets the owner's remark on a contact: at most 100 characters, only between contacts.</summary>
    internal void SetContactRemark(string username, string contact, string remark)
    {
        if (EmApiLimits.CharacterCount(remark) > EmApiLimits.MaxContactRemarkLength)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument($"remark length exceeds {EmApiLimits.MaxContactRemarkLength}"));
        }

        lock (_gate)
        {
            var (owner, other) = (RequireUser(username), RequireUser(contact));
            if (!_relations.SetRemark(owner.Entity.Username, other.Entity.Username, remark))
            {
                throw new EmulatorApiException(ApiError.IllegalArgument("updateRemark they are not friends, please add as a friend first."));
            }
        }
    }

    /// <summary>Up to <paramref name="limit"/> contacts made after the entry numbered <paramref name="after"/>, and the last one's number.</summary>
    internal IReadOnlyList<(string Contact, string? Remark)> ContactPage(string username, long after, int limit, out long? last)
    {
        lock (_gate)
        {
            return _relations.ContactPage(RequireUser(username).Entity.Username, after, limit, out last);
        }
    }

    /// <summary>
    /// The import: refused when the owner's list is full; otherwise each name lands in one outcome list (added,
    /// no such user, a list full), as the service reports them.
    /// </summary>
    internal (IReadOnlyList<string> Added, IReadOnlyList<string> NotExist, IReadOnlyList<string> MaxLimit) ImportContacts(string username, IReadOnlyList<string> contacts)
    {
        lock (_gate)
        {
            var owner = RequireUser(username).Entity.Username;
            if (_relations.ContactCount(owner) >= EmApiLimits.DefaultMaxContacts)
            {
                throw new EmulatorApiException(ApiError.ExceedLimit("Inviter's contact max count."));
            }

            var (added, notExist, maxLimit) = (new List<string>(), new List<string>(), new List<string>());
            foreach (var name in contacts)
            {
                var other = _users.Find(name);
                if (other == null)
                {
                    notExist.Add(name);
                }
                else if (ContactListFull(owner, other.Entity.Username))
                {
                    maxLimit.Add(name);
                }
                else
                {
                    AddContactLocked(owner, other.Entity.Username);
                    added.Add(name);
                }
            }

            return (added, notExist, maxLimit);
        }
    }

    /// <summary>Blocks users (already blocked ones stay where they are); refused with 403 beyond the list's limit. Returns the names blocked.</summary>
    internal IReadOnlyList<string> BlockUsers(string username, IReadOnlyList<string> blocked)
    {
        lock (_gate)
        {
            var owner = RequireUser(username).Entity.Username;
            var names = blocked.Select(b => RequireUser(b).Entity.Username).ToList();
            var added = names.Distinct(StringComparer.Ordinal).Where(b => !_relations.IsBlocked(owner, b)).ToList();
            if (_relations.BlockedCount(owner) + added.Count > EmApiLimits.MaxBlockedUsers)
            {
                throw new EmulatorApiException(ApiError.ExceedLimit($"blocked user count exceed limit {EmApiLimits.MaxBlockedUsers}"));
            }

            added.ForEach(b => _relations.Block(owner, b));
            return names;
        }
    }

    /// <summary>Takes a user off the owner's block list; returns that user.</summary>
    internal State.UserSnapshot UnblockUser(string username, string blocked)
    {
        lock (_gate)
        {
            var (owner, other) = (RequireUser(username), RequireUser(blocked));
            _relations.Unblock(owner.Entity.Username, other.Entity.Username);
            return Snapshot(other);
        }
    }

    /// <summary>Up to <paramref name="limit"/> blocked users, newest first, older than the entry numbered <paramref name="before"/>.</summary>
    internal IReadOnlyList<string> BlockPage(string username, long before, int limit, out long? last)
    {
        lock (_gate)
        {
            return _relations.BlockPage(RequireUser(username).Entity.Username, before, limit, out last);
        }
    }

    /// <summary>Already contacts: nothing changes; either list full: 403. Caller holds the lock.</summary>
    private void AddContactLocked(string owner, string contact)
    {
        if (_relations.AreContacts(owner, contact))
        {
            return;
        }

        if (ContactListFull(owner, contact))
        {
            throw new EmulatorApiException(ApiError.ExceedLimit("user contact number exceed limit"));
        }

        _relations.AddContact(owner, contact);
    }

    private bool ContactListFull(string owner, string contact) =>
        !_relations.AreContacts(owner, contact)
        && (_relations.ContactCount(owner) >= EmApiLimits.DefaultMaxContacts || _relations.ContactCount(contact) >= EmApiLimits.DefaultMaxContacts);
}
