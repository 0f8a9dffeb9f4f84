using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;

namespace Easemob.PowerShell.Emulator;

/// <summary>The global mutes of the store.</summary>
public sealed partial class EmulatorStore
{
    /// <summary>Every user with a mute scope ever set, first muted first, as read now.</summary>
    public IReadOnlyList<EmulatorGlobalMute> GlobalMutes
    {
        get
        {
            var now = _clock.NowMilliseconds();
            lock (_gate)
            {
                return _globalMutes.InOrder.Select(m => ReadMute(m.Username, m, now)).ToArray();
            }
        }
    }

    /// <summary>
    /// Sets a user's global mutes in seconds: -1 permanent, 0 lifts, null leaves the scope as it is.
    /// Values must be in [-1, 2147483647].
    /// </summary>
    public void SetGlobalMute(string username, long? chat, long? groupChat, long? chatroom)
    {
        if (username == null)
        {
            throw new ArgumentNullException(nameof(username));
        }

        var seconds = new[] { chat, groupChat, chatroom };
        for (var i = 0; i < seconds.Length; i++)
        {
            if (seconds[i] < GlobalMuteSetting.PermanentMute || seconds[i] > int.MaxValue)
            {
                throw new EmulatorApiException(ApiError.InvalidParameter($"{GlobalMuteScopeNames.Of(GlobalMuteState.Scopes[i])} must be in [-1, {int.MaxValue}]"));
            }
        }

        var now = _clock.NowMilliseconds();
        lock (_gate)
        {
            var record = _users.Find(username) ?? throw new EmulatorApiException(ApiError.MuteUserNotFound(username));
            _globalMutes.Set(record.Entity.Username, seconds, now);
        }
    }

    /// <summary>The user's mutes as read now, or null for an unknown user.</summary>
    public EmulatorGlobalMute? FindGlobalMute(string username)
    {
        if (username == null)
        {
            throw new ArgumentNullException(nameof(username));
        }

        var now = _clock.NowMilliseconds();
        lock (_gate)
        {
            return _users.Find(username) is { } record ? ReadMute(record.Entity.Username, _globalMutes.Find(record.Entity.Username), now) : null;
        }
    }

    /// <summary>
    /// A page of the mute list: one row per user and scope ever set, users first muted first, scopes in
    /// <see cref="GlobalMuteScope"/> order. Rows are counted, so one user's rows can straddle two pages.
    /// The list is walked from its start: mute lists are short, unlike chatroom lists.
    /// </summary>
    internal IReadOnlyList<GlobalMuteRow> GlobalMuteRows(int skip, int take)
    {
        var now = _clock.NowMilliseconds();
        var page = new List<GlobalMuteRow>();
        lock (_gate)
        {
            var row = 0;
            foreach (var mute in _globalMutes.InOrder)
            {
                foreach (var scope in GlobalMuteState.Scopes)
                {
                    if (mute.RemainingMute(scope, now) is long seconds && row++ >= skip)
                    {
                        page.Add(new GlobalMuteRow(mute.Username, scope, seconds));
                        if (page.Count == take)
                        {
                            return page;
                        }
                    }
                }
            }
        }

        return page;
    }

    /// <summary>A user's mutes as read at <paramref name="now"/>; every scope null when the user has none.</summary>
    private static EmulatorGlobalMute ReadMute(string username, GlobalMuteSetting? mute, long now) =>
        new EmulatorGlobalMute(username,
            mute?.RemainingMute(GlobalMuteScope.Chat, now),
            mute?.RemainingMute(GlobalMuteScope.GroupChat, now),
            mute?.RemainingMute(GlobalMuteScope.Chatroom, now));
}
