using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// Users' attributes (profiles), kept by normalized user name; a deleted user's go with them. Only touched
/// under the store's lock.
/// </summary>
internal sealed class UserProfileState : StoreFamily
{
    private readonly Dictionary<string, Dictionary<string, string>> _attributes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>Every user's attributes, as stored (callers copy what they hand out).</summary>
    public IEnumerable<KeyValuePair<string, Dictionary<string, string>>> All => _attributes;

    /// <summary>A copy of a user's attributes; empty for a user without any.</summary>
    public Dictionary<string, string> Of(string normalizedUsername) =>
        _attributes.TryGetValue(normalizedUsername, out var found)
            ? new Dictionary<string, string>(found, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    public void Replace(string normalizedUsername, Dictionary<string, string> userAttributes) => _attributes[normalizedUsername] = userAttributes;

    public void Remove(string normalizedUsername) => _attributes.Remove(normalizedUsername);

    public override void UserDeleted(string username) => Remove(username);

    /// <summary>Checks every saved profile (<paramref name="require"/> throws for a bad one); keeps nothing.</summary>
    public static Dictionary<string, Dictionary<string, string>> Load(List<StateFileUserAttributes>? saved, Action<bool, string> require)
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

        return loaded;
    }

    /// <summary>Takes loaded profiles into an empty state.</summary>
    public void Restore(Dictionary<string, Dictionary<string, string>> loaded)
    {
        foreach (var profile in loaded)
        {
            _attributes.Add(profile.Key, profile.Value);
        }
    }
}
