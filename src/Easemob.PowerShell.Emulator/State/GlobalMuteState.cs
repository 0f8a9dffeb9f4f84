using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>The app-wide mutes: users with any scope ever set, first muted first (the mute list's order). Only touched under the store's lock.</summary>
internal sealed class GlobalMuteState : StoreFamily
{
    public static readonly GlobalMuteScope[] Scopes = { GlobalMuteScope.Chat, GlobalMuteScope.GroupChat, GlobalMuteScope.Chatroom };

    private readonly List<GlobalMuteSetting> _inOrder = new List<GlobalMuteSetting>();
    private readonly Dictionary<string, GlobalMuteSetting> _byName = new Dictionary<string, GlobalMuteSetting>(StringComparer.Ordinal);

    public IReadOnlyList<GlobalMuteSetting> InOrder => _inOrder;

    public GlobalMuteSetting? Find(string username) => _byName.TryGetValue(username, out var setting) ? setting : null;

    /// <summary>
    /// Sets the scopes given in seconds (-1 permanent, 0 lifts, null leaves the scope); the user joins the list
    /// when a first scope is set.
    /// </summary>
    public void Set(string username, IReadOnlyList<long?> seconds, long nowMilliseconds)
    {
        var setting = Find(username) ?? new GlobalMuteSetting(username);
        for (var i = 0; i < Scopes.Length; i++)
        {
            if (seconds[i] is long value)
            {
                setting.SetMute(Scopes[i], value, nowMilliseconds);
            }
        }

        Restore(setting);
    }

    /// <summary>Lists a setting that has a scope set, if it is not listed yet (also how a state file's are put back).</summary>
    public void Restore(GlobalMuteSetting setting)
    {
        if (setting.HasMuteSetting && !_byName.ContainsKey(setting.Username))
        {
            _byName.Add(setting.Username, setting);
            _inOrder.Add(setting);
        }
    }

    public override void UserDeleted(string username)
    {
        if (_byName.TryGetValue(username, out var setting))
        {
            _byName.Remove(username);
            _inOrder.Remove(setting);
        }
    }
}
