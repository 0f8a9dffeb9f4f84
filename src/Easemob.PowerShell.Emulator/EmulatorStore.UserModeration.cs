using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>The users in registration order (for listing), activation, online devices and passwords.</summary>
    public sealed partial class EmulatorStore
    {
        /// <summary>Every user record, in registration (sequence) order, so a page is found by binary search.</summary>
        private readonly List<UserRecord> usersInOrder = new List<UserRecord>();

        /// <summary>Logs the user in on a device, so tests and scripts can make users online.</summary>
        public void ConnectDevice(string username, string resource, string deviceUuid = "", string deviceName = "")
        {
            if (string.IsNullOrEmpty(resource))
            {
                throw new ArgumentException("A resource id is required.", nameof(resource));
            }

            lock (gate)
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
            lock (gate)
            {
                return RequireUser(username).Devices.ToArray();
            }
        }

        public bool IsActivated(string username)
        {
            lock (gate)
            {
                return RequireUser(username).Activated;
            }
        }

        /// <summary>Whether <paramref name="password"/> is the user's password (what a user-token request would check).</summary>
        public bool PasswordMatches(string username, string password)
        {
            lock (gate)
            {
                return RequireUser(username).Password == password;
            }
        }

        /// <summary>A user's login (the password grant): the user, or the service's invalid_grant refusal.</summary>
        internal UserSnapshot CheckLogin(string username, string password)
        {
            lock (gate)
            {
                if (!users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record))
                {
                    throw new EmulatorApiException(ApiError.InvalidGrant(404, "user not found"));
                }

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
            lock (gate)
            {
                var start = FirstUserIndexAfter(afterSequence);
                var count = Math.Min(limit, usersInOrder.Count - start);
                more = start + count < usersInOrder.Count;
                return usersInOrder.GetRange(start, count).Select(Snapshot).ToArray();
            }
        }

        internal UserSnapshot? FindUserSnapshot(string username)
        {
            lock (gate)
            {
                return users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record) ? Snapshot(record) : null;
            }
        }

        /// <summary>Bans or lifts the ban; a ban also logs the user out of every device.</summary>
        internal UserSnapshot SetActivated(string username, bool activated)
        {
            lock (gate)
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
            lock (gate)
            {
                return RequireUser(username).Devices.RemoveAll(d => resource == null || d.Resource == resource) > 0;
            }
        }

        /// <summary>Whether each user is online (logged in on any device); an unknown user is offline.</summary>
        internal IReadOnlyList<bool> AreOnline(IReadOnlyList<string> usernames)
        {
            lock (gate)
            {
                return usernames.Select(n => users.TryGetValue(EmApiLimits.NormalizeUsername(n), out var r) && r.Devices.Count > 0).ToArray();
            }
        }

        internal void SetPassword(string username, string password)
        {
            lock (gate)
            {
                RequireUser(username).Password = password;
            }
        }

        /// <summary>Caller holds the lock.</summary>
        private static UserSnapshot Snapshot(UserRecord record) => new UserSnapshot(record.Entity, record.Activated, record.Sequence);

        /// <summary>The user's record, or the user calls' 404 service_resource_not_found. Caller holds the lock.</summary>
        private UserRecord RequireUser(string username) =>
            users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record)
                ? record
                : throw new EmulatorApiException(ApiError.ServiceResourceNotFound());

        /// <summary>The index of the user with this sequence number. Caller holds the lock.</summary>
        private int IndexOfUser(long sequence) => FirstUserIndexAfter(sequence - 1);

        /// <summary>The index of the first user registered after <paramref name="sequence"/>. Caller holds the lock.</summary>
        private int FirstUserIndexAfter(long sequence) => SortedLists.FirstIndexAfter(usersInOrder, sequence, user => user.Sequence);
    }
}
