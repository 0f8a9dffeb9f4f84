using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Per-user chatroom writes sent in batches (add or remove members, mute, allow and block lists, Sync's changes):
/// the users of one chatroom are gathered across the whole pipeline into batches of up to
/// <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> (a name repeated in any case is sent once), and each user's
/// outcome is written as the client's batch call answers it.
/// </summary>
internal sealed class ChatroomUserBatches<TResult>
{
    /// <summary>A client batch call: one outcome per user given.</summary>
    public delegate Task<IReadOnlyList<ItemOutcome<TResult>>> Call(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken);

    private readonly EmApiCmdlet _cmdlet;
    private readonly PipelineBatcher<ChatroomUserItem, TResult> _batcher;

    /// <param name="output">What to write for a user that succeeded (on the pipeline thread); null writes nothing.</param>
    public ChatroomUserBatches(EmApiCmdlet cmdlet, Call call, Func<ChatroomUserItem, TResult, object?> output)
    {
        _cmdlet = cmdlet;
        _batcher = cmdlet.NewBatcher<ChatroomUserItem, TResult>(EmApiLimits.MaxUsersPerChatroomBatch,
            (id, items, cancellationToken) => call(id!, items.Select(item => item.Username).ToArray(), cancellationToken),
            Write(output), identityOf: item => item.Username);
    }

    /// <summary>Queues each chatroom's users; full batches are sent at once, the rest at EndProcessing.</summary>
    public void Add(IEnumerable<(string Id, List<string> Usernames)> input)
    {
        foreach (var (id, usernames) in input)
        {
            Add(id, usernames);
        }
    }

    public void Add(string chatroomId, IEnumerable<string> usernames)
    {
        foreach (var username in usernames)
        {
            _batcher.Add(chatroomId, new ChatroomUserItem(chatroomId, username));
        }
    }

    /// <summary>Sends what is queued for <paramref name="chatroomId"/> now instead of at EndProcessing.</summary>
    public void Flush(string chatroomId) => _batcher.Flush(chatroomId);

    private Action<ChatroomUserItem, TResult> Write(Func<ChatroomUserItem, TResult, object?> output) => (item, result) =>
    {
        if (output(item, result) is { } written)
        {
            _cmdlet.WriteObject(written);
        }
    };
}
