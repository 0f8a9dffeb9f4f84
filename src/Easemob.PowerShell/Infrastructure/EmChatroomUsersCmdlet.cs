using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that act on users of a chatroom: the one -Username parameter (by property name, so a
/// CSV row or a member object binds) and the check and confirmation of a pipeline item before anything is sent.
/// </summary>
public abstract class EmChatroomUsersCmdlet : EmChatroomCmdlet
{
    // (chatroom, user) pairs already started by StartPerUser: a repeated one is sent once.
    private readonly HashSet<string> _started = new HashSet<string>(EmApiLimits.UsernameComparer);
    // The batches of SendInBatches, made on its first call.
    private object? _batches;

    protected EmChatroomUsersCmdlet(EmApiFamily family = EmApiFamily.ChatroomItem)
        : base(family)
    {
    }

    /// <summary>The parameter set of the per-user form (a derived cmdlet may add others, like -All).</summary>
    protected const string UsersSet = "Username";

    /// <summary>User names: an array, or one string of names separated by ';', ',' or spaces (a CSV cell).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = UsersSet)]
    [UserListTransformation]
    [AllowEmptyCollection]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>
    /// The checked chatroom ids of this pipeline item, each with its checked -Username, after writing the errors
    /// of bad input; a chatroom is left out when no user is left, or when <paramref name="action"/> is given and
    /// ShouldProcess declines it.
    /// </summary>
    protected List<(string Id, List<string> Usernames)> TakeInput(string? action)
    {
        var input = new List<(string, List<string>)>();
        foreach (var id in CheckedIds())
        {
            var usernames = CheckedUsernames(Username, id);
            if (usernames.Count > 0 && (action == null || ShouldProcess(Room.Noun + " " + id, action + " " + string.Join(", ", usernames))))
            {
                input.Add((id, usernames));
            }
        }
        return input;
    }

    /// <summary>
    /// Queues the checked users of this pipeline item that ShouldProcess admits for <paramref name="action"/> into
    /// batches for <paramref name="call"/> (see <see cref="ChatroomUserBatches{TResult}"/>, made on the first call);
    /// <paramref name="output"/> says what to write for a user done (null: nothing).
    /// </summary>
    private protected void SendInBatches<TResult>(string action, ChatroomUserBatches<TResult>.Call call, Func<ChatroomUserItem, TResult, object?> output)
    {
        var batches = (ChatroomUserBatches<TResult>)(_batches ??= new ChatroomUserBatches<TResult>(this, call, output));
        batches.Add(TakeInput(action));
    }

    /// <summary>
    /// Starts <paramref name="work"/> once per checked (chatroom, user) of this pipeline item that ShouldProcess
    /// admits for <paramref name="action"/>, for calls that take one user per request; a pair repeated anywhere in
    /// the pipeline (names in any case) is sent once.
    /// </summary>
    protected void StartPerUser(string action, Func<ChatroomUserItem, CancellationToken, Task<Action>> work)
    {
        foreach (var (id, usernames) in TakeInput(action))
        {
            foreach (var username in usernames)
            {
                if (_started.Add(id + "\n" + username))
                {
                    var item = new ChatroomUserItem(id, username);
                    Items.Start(item, cancellationToken => work(item, cancellationToken));
                }
            }
        }
    }

    /// <summary>Turns mute-all on or off for the -Id of this pipeline item (the -All form of the mute cmdlets).</summary>
    protected void SetMuteAll(bool muted, string action, bool passThru)
    {
        foreach (var id in CheckedIds())
        {
            if (!ShouldProcess(Room.Noun + " " + id, action))
            {
                continue;
            }
            var (room, client) = (Room, Client);
            Items.Start(id, async cancellationToken =>
            {
                await room.SetMuteAllAsync(client, id, muted, cancellationToken).ConfigureAwait(false);
                if (!passThru)
                {
                    return NoWrites;
                }
                var after = await room.GetAsync(client, id, cancellationToken).ConfigureAwait(false);
                return () => WriteObject(after);
            });
        }
    }
}
