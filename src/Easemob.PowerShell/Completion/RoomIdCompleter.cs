using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Completes room ids (showing names) from the session the command would use. Tab completion must never hang
    /// the prompt: one page is read with a short timeout, and kept for a while per session. A failed read is kept
    /// too, for less time, so an unreachable server costs the wait once, not on every key press. A derived
    /// completer says which rooms (chatrooms, groups) to list.
    /// </summary>
    public abstract class RoomIdCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
        private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan MissLifetime = TimeSpan.FromSeconds(15);

        /// <summary>Most rooms one completion lists.</summary>
        private protected const int MaxRooms = 1000;

        private protected sealed class CachedList
        {
            public CachedList(IReadOnlyList<KeyValuePair<string, string?>> rooms, TimeSpan lifetime)
            {
                Rooms = rooms;
                ExpiresAt = DateTime.UtcNow + lifetime;
            }

            public IReadOnlyList<KeyValuePair<string, string?>> Rooms { get; }
            public DateTime ExpiresAt { get; }
        }

        /// <summary>This kind's cache, per session.</summary>
        private protected abstract ConditionalWeakTable<EmSession, CachedList> Cache { get; }

        /// <summary>One page of the rooms: id and name.</summary>
        private protected abstract Task<IReadOnlyList<KeyValuePair<string, string?>>> ListAsync(EmSession session, CancellationToken cancellationToken);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = (fakeBoundParameters["Session"] is PSObject ps ? ps.BaseObject : fakeBoundParameters["Session"]) as EmSession
                ?? SessionStore.GetDefault(Runspace.DefaultRunspace);
            if (session == null || session.IsClosed)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Rooms(session)
                .Where(c => c.Key.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    || (c.Value ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                .Select(c => new CompletionResult(c.Key, c.Key + " (" + c.Value + ")", CompletionResultType.ParameterValue, c.Value ?? c.Key));
        }

        private IReadOnlyList<KeyValuePair<string, string?>> Rooms(EmSession session)
        {
            if (Cache.TryGetValue(session, out var cached) && DateTime.UtcNow < cached.ExpiresAt)
            {
                return cached.Rooms;
            }
            CachedList read;
            try
            {
                using (var timeout = new CancellationTokenSource(Timeout))
                {
                    // Off the pipeline thread: the client's continuations must not need it.
                    read = new CachedList(Task.Run(() => ListAsync(session, timeout.Token)).GetAwaiter().GetResult(), CacheLifetime);
                }
            }
            catch (Exception)
            {
                // No completions rather than an error in the middle of typing.
                read = new CachedList(new KeyValuePair<string, string?>[0], MissLifetime);
            }
            Cache.Remove(session);
            Cache.Add(session, read);
            return read.Rooms;
        }
    }

    /// <summary>Completes chatroom ids.</summary>
    public sealed class ChatroomIdCompleter : RoomIdCompleter
    {
        private static readonly ConditionalWeakTable<EmSession, CachedList> Chatrooms = new ConditionalWeakTable<EmSession, CachedList>();

        private protected override ConditionalWeakTable<EmSession, CachedList> Cache => Chatrooms;

        private protected override async Task<IReadOnlyList<KeyValuePair<string, string?>>> ListAsync(EmSession session, CancellationToken cancellationToken) =>
            (await session.Client.ListChatroomsAsync(MaxRooms, null, cancellationToken).ConfigureAwait(false)).Items
                .Select(c => new KeyValuePair<string, string?>(c.Id, c.Name)).ToArray();
    }

    /// <summary>Completes group ids.</summary>
    public sealed class GroupIdCompleter : RoomIdCompleter
    {
        private static readonly ConditionalWeakTable<EmSession, CachedList> Groups = new ConditionalWeakTable<EmSession, CachedList>();

        private protected override ConditionalWeakTable<EmSession, CachedList> Cache => Groups;

        private protected override async Task<IReadOnlyList<KeyValuePair<string, string?>>> ListAsync(EmSession session, CancellationToken cancellationToken) =>
            (await session.Client.ListGroupsAsync(MaxRooms, null, cancellationToken).ConfigureAwait(false)).Items
                .Select(g => new KeyValuePair<string, string?>(g.Id, g.Name)).ToArray();
    }
}
