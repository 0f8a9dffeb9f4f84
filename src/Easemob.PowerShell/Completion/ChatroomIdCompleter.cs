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
    /// Completes chatroom ids (showing names) from the session the command would use. Tab completion must
    /// never hang the prompt: one page is read with a short timeout, and kept for a while per session. A failed
    /// read is kept too, for less time, so an unreachable server costs the wait once, not on every key press.
    /// </summary>
    public sealed class ChatroomIdCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
        private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan MissLifetime = TimeSpan.FromSeconds(15);
        private const int MaxChatrooms = 1000;

        private sealed class CachedList
        {
            public CachedList(IReadOnlyList<EmChatroom> chatrooms, TimeSpan lifetime)
            {
                Chatrooms = chatrooms;
                ExpiresAt = DateTime.UtcNow + lifetime;
            }

            public IReadOnlyList<EmChatroom> Chatrooms { get; }
            public DateTime ExpiresAt { get; }
        }

        private static readonly ConditionalWeakTable<EmSession, CachedList> Cache = new ConditionalWeakTable<EmSession, CachedList>();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = (fakeBoundParameters["Session"] is PSObject ps ? ps.BaseObject : fakeBoundParameters["Session"]) as EmSession
                ?? SessionStore.GetDefault(Runspace.DefaultRunspace);
            if (session == null || session.IsClosed)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Chatrooms(session)
                .Where(c => c.Id.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    || (c.Name ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                .Select(c => new CompletionResult(c.Id, c.Id + " (" + c.Name + ")", CompletionResultType.ParameterValue, c.Name ?? c.Id));
        }

        private static IReadOnlyList<EmChatroom> Chatrooms(EmSession session)
        {
            if (Cache.TryGetValue(session, out var cached) && DateTime.UtcNow < cached.ExpiresAt)
            {
                return cached.Chatrooms;
            }
            CachedList read;
            try
            {
                using (var timeout = new CancellationTokenSource(Timeout))
                {
                    // Off the pipeline thread: the client's continuations must not need it.
                    var page = Task.Run(() => session.Client.ListChatroomsAsync(MaxChatrooms, null, timeout.Token)).GetAwaiter().GetResult();
                    read = new CachedList(page.Items, CacheLifetime);
                }
            }
            catch (Exception)
            {
                // No completions rather than an error in the middle of typing.
                read = new CachedList(new EmChatroom[0], MissLifetime);
            }
            Cache.Remove(session);
            Cache.Add(session, read);
            return read.Chatrooms;
        }
    }
}
