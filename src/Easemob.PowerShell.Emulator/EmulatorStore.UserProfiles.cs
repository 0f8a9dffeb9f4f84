using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// Users' attributes (profiles). The service keeps them by name without asking whether the user exists: an
/// unknown user has none. A set keeps the keys it does not send (the vendor page does not say otherwise; the
/// cmdlets read, merge and write anyway).
/// </summary>
public sealed partial class EmulatorStore
{
    /// <summary>A copy of a user's attributes; empty for a user without any (or unknown).</summary>
    public IReadOnlyDictionary<string, string> UserAttributes(string username)
    {
        if (username == null)
        {
            throw new ArgumentNullException(nameof(username));
        }

        lock (_gate)
        {
            return _profiles.Of(EmApiLimits.NormalizeUsername(username));
        }
    }

    /// <summary>
    /// Sets the pairs, keeping the user's other keys. Refused as the service refuses: a well-known key's value
    /// beyond its column (403), the user's attributes beyond 2 KB (403).
    /// </summary>
    public void SetUserAttributes(string username, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        if (username == null || pairs == null)
        {
            throw new ArgumentNullException(username == null ? nameof(username) : nameof(pairs));
        }

        foreach (var pair in pairs)
        {
            if (EmApiLimits.UserAttributeProblem(pair.Key, pair.Value) is { } problem)
            {
                throw new EmulatorApiException(ApiError.UserMetadata(403,
                    $"size of metadata for this single user exceeds the current mysql column size, {Encoding.UTF8.GetByteCount(pair.Value)}Bytes ({problem})"));
            }
        }

        var name = EmApiLimits.NormalizeUsername(username);
        lock (_gate)
        {
            var merged = _profiles.Of(name);
            foreach (var pair in pairs)
            {
                merged[pair.Key] = pair.Value;
            }

            if (EmApiLimits.UserAttributeBytes(merged) > EmApiLimits.MaxUserAttributeBytes)
            {
                throw new EmulatorApiException(ApiError.UserMetadata(403,
                    $"size of metadata for this single user exceeds the user defined limit, {EmApiLimits.MaxUserAttributeBytes}Bytes"));
            }

            _profiles.Replace(name, merged);
        }
    }

    /// <summary>The batch get: per user (normalized, each once, in the order given) the wanted keys it has; users with none are left out.</summary>
    internal IReadOnlyList<(string Username, IReadOnlyList<KeyValuePair<string, string>> Attributes)> UserAttributes(IEnumerable<string> usernames, ISet<string> keys)
    {
        lock (_gate)
        {
            return usernames.Select(EmApiLimits.NormalizeUsername).Distinct(StringComparer.Ordinal)
                .Select(name => (name, (IReadOnlyList<KeyValuePair<string, string>>)_profiles.Of(name).Where(a => keys.Contains(a.Key)).ToArray()))
                .Where(found => found.Item2.Count > 0)
                .ToArray();
        }
    }

    internal void RemoveUserAttributes(string username)
    {
        lock (_gate)
        {
            _profiles.Remove(EmApiLimits.NormalizeUsername(username));
        }
    }

    /// <summary>The size of every user's attributes together, counted as the per-user limit counts.</summary>
    internal long UserAttributeBytes()
    {
        lock (_gate)
        {
            return _profiles.All.Sum(a => (long)EmApiLimits.UserAttributeBytes(a.Value));
        }
    }
}
