using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>The user listing, activation, online devices and passwords.</summary>
public sealed partial class EmulatorStore
{
    /// <summary>Logs the user in on a device, so tests and scripts can make users online.</summary>
    public void ConnectDevice(string username, string resource, string deviceUuid = "", string deviceName = "")
    {
        if (string.IsNullOrEmpty(resource))
        {
            throw new ArgumentException("A resource id is required.", nameof(resource));
        }

        lock (_gate)
        {
            var record = RequireUser(username);
            if (!record.Activated)
            {
                throw new ArgumentException($"user {record.Entity.Username} is deactivated and cannot log in");
            }

            record.Devices.RemoveAll(d => d.Resource == resource);
            record.Devices.Add(new EmulatorDevice(resource, deviceUuid, deviceName));
        }
    }

    /// <summary>The devices the user is logged in on.</summary>
    public IReadOnlyList<EmulatorDevice> Devices(string username)
    {
        lock (_gate)
        {
            return RequireUser(username).Devices.ToArray();
        }
    }

    public bool IsActivated(string username)
    {
        lock (_gate)
        {
            return RequireUser(username).Activated;
        }
    }

    /// <summary>Whether <paramref name="password"/> is the user's password (what a user-token request would check).</summary>
    public bool PasswordMatches(string username, string password)
    {
        lock (_gate)
        {
            return RequireUser(username).Password == password;
        }
    }

    /// <summary>A user's login (the password grant): the user, or the service's invalid_grant refusal.</summary>
    internal UserSnapshot CheckLogin(string username, string password)
    {
        lock (_gate)
        {
            var record = _users.Find(username) ?? throw new EmulatorApiException(ApiError.InvalidGrant(404, "user not found"));
            if (!record.Activated)
            {
                throw new EmulatorApiException(ApiError.InvalidGrant(400, "user not activated"));
            }

            return record.Password == password
                ? Snapshot(record)
                : throw new EmulatorApiException(ApiError.InvalidGrant(400, "invalid password"));
        }
    }

    /// <summary>Up to <paramref name="limit"/> users registered after <paramref name="afterSequence"/>, in registration order.</summary>
    internal IReadOnlyList<UserSnapshot> ListUsersAfter(long afterSequence, int limit, out bool more)
    {
        lock (_gate)
        {
            return _users.ListAfter(afterSequence, limit, out more).Select(Snapshot).ToArray();
        }
    }

    internal UserSnapshot? FindUserSnapshot(string username)
    {
        lock (_gate)
        {
            return _users.Find(username) is { } record ? Snapshot(record) : null;
        }
    }

    /// <summary>Bans or lifts the ban; a ban also logs the user out of every device.</summary>
    internal UserSnapshot SetActivated(string username, bool activated)
    {
        lock (_gate)
        {
            var record = RequireUser(username);
            record.Activated = activated;
            if (!activated)
            {
                record.Devices.Clear();
            }

            return Snapshot(record);
        }
    }

    /// <summary>Logs the user out of every device, or of the one with <paramref name="resource"/>.</summary>
    /// <summary>Logs the user out of one device or all; whether any device was logged out.</summary>
    internal bool Disconnect(string username, string? resource)
    {
        lock (_gate)
        {
            return RequireUser(username).Devices.RemoveAll(d => resource == null || d.Resource == resource) > 0;
        }
    }

    /// <summary>Whether each user is online (logged in on any device); an unknown user is offline.</summary>
    internal IReadOnlyList<bool> AreOnline(IReadOnlyList<string> usernames)
    {
        lock (_gate)
        {
            return usernames.Select(n => _users.Find(n) is { } record && record.Devices.Count > 0).ToArray();
        }
    }

    /// <summary>Changes the password; an unknown user is the call's 404 entity_not_found.</summary>
    internal void SetPassword(string username, string password)
    {
        lock (_gate)
        {
            var record = _users.Find(username) ?? throw new EmulatorApiException(ApiError.EntityNotFound("User null not found"));
            record.Password = password;
        }
    }

    /// <summary>The user's name and whether they are online (logged in on any device), or null for an unknown user.</summary>
    internal (string Username, bool Online)? OnlineStatus(string username)
    {
        lock (_gate)
        {
            return _users.Find(username) is { } record ? (record.Entity.Username, record.Devices.Count > 0) : null;
        }
    }

    /// <summary>Caller holds the lock.</summary>
    private static UserSnapshot Snapshot(UserRecord record) => new UserSnapshot(record.Entity, record.Activated, record.Sequence);

    /// <summary>The user's record, or the user calls' 404 service_resource_not_found. Caller holds the lock.</summary>
    private UserRecord RequireUser(string username) =>
        _users.Find(username) ?? throw new EmulatorApiException(ApiError.ServiceResourceNotFound());
}
