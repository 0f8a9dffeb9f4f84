using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Chatrooms;

/// <summary>
/// One run of chatroom creates (e.g. one New-EmChatroom pipeline). A create whose outcome is unknown is resolved by
/// finding its room; that must never claim a room another item of the run made. So every room the run makes is
/// claimed here, and items with the same name and owner are created one at a time: a lookup then only sees rooms of
/// such items that are finished and claimed. Thread-safe.
/// </summary>
public sealed class ChatroomCreateRun
{
    private readonly object _gate = new();
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);

    /// <summary>Waits until no other create of the run with this name and owner is in progress; dispose to end the turn.</summary>
    internal async Task<IDisposable> WaitTurnAsync(string name, string owner, CancellationToken cancellationToken)
    {
        SemaphoreSlim turn;
        lock (_gate)
        {
            // User names are case-insensitive on the server; room names are not.
            var key = EmApiLimits.NormalizeUsername(owner) + "\n" + name;
            if (!_turns.TryGetValue(key, out turn!)) _turns[key] = turn = new SemaphoreSlim(1, 1);
        }
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(turn);
    }

    /// <summary>Records a room as made by this run; false when another item already claimed it.</summary>
    internal bool TryClaim(string id)
    {
        lock (_gate) return _claimed.Add(id);
    }

    internal bool IsClaimed(string id)
    {
        lock (_gate) return _claimed.Contains(id);
    }

    private sealed class Turn : IDisposable
    {
        private SemaphoreSlim? _turn;

        public Turn(SemaphoreSlim turn) => _turn = turn;

        public void Dispose() => Interlocked.Exchange(ref _turn, null)?.Release();
    }
}
