using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>
    /// Users' attributes (profiles), kept by normalized user name. Thread-safe. A set keeps the keys it does not
    /// send (the vendor page does not say otherwise; the cmdlets read, merge and write anyway).
    /// </summary>
    public sealed class UserProfileState
    {
        private readonly object gate = new object();
        private readonly Dictionary<string, Dictionary<string, string>> attributes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);

        /// <summary>A user's attributes; empty for a user without any (or unknown).</summary>
        public IReadOnlyDictionary<string, string> GetAttributes(string username)
        {
            lock (gate)
            {
                return attributes.TryGetValue(EmApiLimits.NormalizeUsername(username), out var found)
                    ? new Dictionary<string, string>(found, StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
            }
        }

        /// <summary>
        /// Sets the pairs, keeping the user's other keys. Refused as the service refuses: a well-known key's value
        /// beyond its column (403), the user's attributes beyond 2 KB (403).
        /// </summary>
        public void SetAttributes(string username, IReadOnlyList<KeyValuePair<string, string>> pairs)
        {
            foreach (var pair in pairs)
            {
                if (EmApiLimits.UserAttributeProblem(pair.Key, pair.Value) is { } problem)
                {
                    throw new EmulatorApiException(ApiError.UserMetadata(403,
                        $"size of metadata for this single user exceeds the current mysql column size, {System.Text.Encoding.UTF8.GetByteCount(pair.Value)}Bytes ({problem})"));
                }
            }

            lock (gate)
            {
                var name = EmApiLimits.NormalizeUsername(username);
                var merged = attributes.TryGetValue(name, out var found)
                    ? new Dictionary<string, string>(found, StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in pairs)
                {
                    merged[pair.Key] = pair.Value;
                }

                if (EmApiLimits.UserAttributeBytes(merged) > EmApiLimits.MaxUserAttributeBytes)
                {
                    throw new EmulatorApiException(ApiError.UserMetadata(403,
                        $"size of metadata for this single user exceeds the user defined limit, {EmApiLimits.MaxUserAttributeBytes}Bytes"));
                }

                attributes[name] = merged;
            }
        }

        public void RemoveAttributes(string username)
        {
            lock (gate)
            {
                attributes.Remove(EmApiLimits.NormalizeUsername(username));
            }
        }

        /// <summary>The size of every user's attributes together, counted as the per-user limit counts.</summary>
        public long TotalBytes()
        {
            lock (gate)
            {
                return attributes.Values.Sum(a => (long)EmApiLimits.UserAttributeBytes(a));
            }
        }

        internal List<StateFileUserAttributes> ToStateFile()
        {
            lock (gate)
            {
                return attributes.Select(a => new StateFileUserAttributes { Username = a.Key, Attributes = new Dictionary<string, string>(a.Value) }).ToList();
            }
        }

        /// <summary>Checks every saved profile (<paramref name="require"/> throws for a bad one), then keeps them.</summary>
        internal void LoadStateFile(List<StateFileUserAttributes>? saved, Action<bool, string> require)
        {
            var loaded = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var profile in saved ?? new List<StateFileUserAttributes>())
            {
                require(profile?.Username != null && EmApiLimits.IsLegalUsername(profile.Username), $"user attributes of '{profile?.Username}': not a legal user name.");
                var name = EmApiLimits.NormalizeUsername(profile!.Username!);
                require(!loaded.ContainsKey(name), $"user attributes of '{name}' are listed twice.");
                require(profile.Attributes != null && profile.Attributes.All(a => a.Value != null), $"user attributes of '{name}': every attribute needs a value.");
                loaded.Add(name, new Dictionary<string, string>(profile.Attributes!, StringComparer.Ordinal));
            }

            lock (gate)
            {
                attributes.Clear();
                foreach (var profile in loaded)
                {
                    attributes.Add(profile.Key, profile.Value);
                }
            }
        }
    }
}
