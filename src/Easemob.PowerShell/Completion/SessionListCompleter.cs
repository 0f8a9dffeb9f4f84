using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the completers that offer what the server lists for the session the command would use (its -Session,
/// else the runspace's default), and nothing when not connected. Tab completion must never hang the prompt: one
/// read with a short timeout, kept for a while per session and per what it was read for (such as a chatroom). A
/// failed read is kept too, for less time, so an unreachable server costs the wait once, not on every key press.
/// </summary>
public abstract class SessionListCompleter<T> : IArgumentCompleter
{
    // One read may take Timeout, then completion offers nothing.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MissLifetime = TimeSpan.FromSeconds(15);

    private sealed class CachedList
    {
        public CachedList(IReadOnlyList<T> items, TimeSpan lifetime)
        {
            Items = items;
            ExpiresAt = DateTime.UtcNow + lifetime;
        }

        public IReadOnlyList<T> Items { get; }
        public DateTime ExpiresAt { get; }
    }

    private static readonly ConditionalWeakTable<EmSession, ConcurrentDictionary<string, CachedList>> Cache =
        new ConditionalWeakTable<EmSession, ConcurrentDictionary<string, CachedList>>();

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var session = Unwrap(fakeBoundParameters["Session"]) as EmSession ?? SessionStore.GetDefault(Runspace.DefaultRunspace);
        var scope = Scope(fakeBoundParameters);
        if (session == null || session.IsClosed || scope == null)
        {
            return Enumerable.Empty<CompletionResult>();
        }
        var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return Read(session, scope).Where(item => Matches(item, word)).Select(Result);
    }

    /// <summary>What the list is read for ("" when only the session matters); null when it cannot be read yet.</summary>
    private protected virtual string? Scope(IDictionary fakeBoundParameters) => string.Empty;

    /// <summary>Reads the list; <paramref name="cancellationToken"/> is cancelled after the 2-second timeout.</summary>
    private protected abstract Task<IReadOnlyList<T>> ReadAsync(EasemobClient client, string scope, CancellationToken cancellationToken);

    private protected abstract bool Matches(T item, string word);

    private protected abstract CompletionResult Result(T item);

    /// <summary>A bound value as the completer sees it: without its PSObject wrapper.</summary>
    private protected static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private IReadOnlyList<T> Read(EmSession session, string scope)
    {
        var lists = Cache.GetValue(session, _ => new ConcurrentDictionary<string, CachedList>(StringComparer.Ordinal));
        if (lists.TryGetValue(scope, out var cached) && DateTime.UtcNow < cached.ExpiresAt)
        {
            return cached.Items;
        }
        CachedList read;
        try
        {
            using (var timeout = new CancellationTokenSource(Timeout))
            {
                // Off the pipeline thread: the client's continuations must not need it.
                read = new CachedList(Task.Run(() => ReadAsync(session.Client, scope, timeout.Token)).GetAwaiter().GetResult(), CacheLifetime);
            }
        }
        catch (Exception)
        {
            // No completions rather than an error in the middle of typing.
            read = new CachedList(new T[0], MissLifetime);
        }
        lists[scope] = read;
        return read.Items;
    }
}
