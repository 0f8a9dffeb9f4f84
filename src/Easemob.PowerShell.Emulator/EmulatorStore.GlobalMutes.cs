using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator
{
    /// <summary>The global mutes of the store.</summary>
    public sealed partial class EmulatorStore
    {
        private static readonly GlobalMuteScope[] MuteScopes = { GlobalMuteScope.Chat, GlobalMuteScope.GroupChat, GlobalMuteScope.Chatroom };

        /// <summary>Users with any mute scope ever set, first muted first: the order of the mute list.</summary>
        private readonly List<UserRecord> mutedUsers = new List<UserRecord>();

        /// <summary>Every user with a mute scope ever set, first muted first, as read now.</summary>
        public IReadOnlyList<EmulatorGlobalMute> GlobalMutes
        {
            get
            {
                var now = clock.NowMilliseconds();
                lock (gate)
                {
                    return mutedUsers.Select(u => ReadMute(u, now)).ToArray();
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
                if (seconds[i] < UserRecord.PermanentMute || seconds[i] > int.MaxValue)
                {
                    throw new EmulatorApiException(ApiError.InvalidParameter($"{GlobalMuteScopeNames.Of(MuteScopes[i])} must be in [-1, {int.MaxValue}]"));
                }
            }

            var now = clock.NowMilliseconds();
            lock (gate)
            {
                if (!users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record))
                {
                    throw new EmulatorApiException(ApiError.MuteUserNotFound(username));
                }

                var wasListed = record.HasMuteSetting;
                for (var i = 0; i < seconds.Length; i++)
                {
                    if (seconds[i] is long value)
                    {
                        record.SetMute(MuteScopes[i], value, now);
                    }
                }

                if (!wasListed && record.HasMuteSetting)
                {
                    mutedUsers.Add(record);
                }
            }
        }

        /// <summary>The user's mutes as read now, or null for an unknown user.</summary>
        public EmulatorGlobalMute? FindGlobalMute(string username)
        {
            if (username == null)
            {
                throw new ArgumentNullException(nameof(username));
            }

            var now = clock.NowMilliseconds();
            lock (gate)
            {
                return users.TryGetValue(EmApiLimits.NormalizeUsername(username), out var record) ? ReadMute(record, now) : null;
            }
        }

        /// <summary>
        /// A page of the mute list: one row per user and scope ever set, users first muted first, scopes in
        /// <see cref="GlobalMuteScope"/> order. Rows are counted, so one user's rows can straddle two pages.
        /// The list is walked from its start: mute lists are short, unlike chatroom lists.
        /// </summary>
        internal IReadOnlyList<GlobalMuteRow> GlobalMuteRows(int skip, int take)
        {
            var now = clock.NowMilliseconds();
            var page = new List<GlobalMuteRow>();
            lock (gate)
            {
                var row = 0;
                foreach (var user in mutedUsers)
                {
                    foreach (var scope in MuteScopes)
                    {
                        if (user.RemainingMute(scope, now) is long seconds && row++ >= skip)
                        {
                            page.Add(new GlobalMuteRow(user.Entity.Username, scope, seconds));
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

        private static EmulatorGlobalMute ReadMute(UserRecord user, long now) =>
            new EmulatorGlobalMute(user.Entity.Username,
                user.RemainingMute(GlobalMuteScope.Chat, now),
                user.RemainingMute(GlobalMuteScope.GroupChat, now),
                user.RemainingMute(GlobalMuteScope.Chatroom, now));
    }
}
