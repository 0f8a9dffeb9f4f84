using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Makes each chatroom's members equal to the given users (gathered per chatroom across the pipeline): reads the
/// members with their roles, adds the missing users and removes the others in batches of <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/>. Chatrooms are synced
/// concurrently, up to -ThrottleLimit requests in flight. The owner is never removed; admins only with
/// -IncludeAdmins. Running it again changes nothing. Sync-EmGroupMember is this cmdlet for groups (its <see cref="RoomKind"/>).
/// </summary>
[Cmdlet(VerbsData.Sync, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UsersSet)]
[OutputType(typeof(EmChatroomSyncResult))]
public class SyncEmChatroomMemberCommand : EmChatroomUsersCmdlet
{
    private const int MemberPageSize = 1000;
    private const int NamesShownInPlan = 10;
    private const string OwnerOnlySet = "OwnerOnly";

    // Wanted users per chatroom, in first-seen order of the chatrooms.
    private readonly Dictionary<string, List<string>> _wanted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    // The chatrooms whose plan was confirmed, with what was done so far; _syncOrder keeps the order they were confirmed in.
    private readonly Dictionary<string, RoomSync> _synced = new Dictionary<string, RoomSync>(StringComparer.Ordinal);
    private readonly List<RoomSync> _syncOrder = new List<RoomSync>();
    private ChatroomUserBatches<bool>? _adds;
    private ChatroomUserBatches<bool>? _removals;

    /// <summary>Removes admins that are not in the list too (by default they stay).</summary>
    [Parameter]
    public SwitchParameter IncludeAdmins { get; set; }

    /// <summary>Wants no member but the owner: what an empty -Username would mean, said explicitly.</summary>
    [Parameter(Mandatory = true, ParameterSetName = OwnerOnlySet)]
    public SwitchParameter OwnerOnly { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var (room, client) = (Room, Client);
        _adds = new ChatroomUserBatches<bool>(this, (id, users, ct) => room.AddMembersAsync(client, id, users, ct), (item, _) => _synced[item.ChatroomId].Done(item.Username));
        _removals = new ChatroomUserBatches<bool>(this, (id, users, ct) => room.RemoveMembersAsync(client, id, users, ct), (item, _) => _synced[item.ChatroomId].Done(item.Username));
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == OwnerOnlySet || NamesNoUser())
        {
            foreach (var id in CheckedIds())
            {
                if (OwnerOnly)
                {
                    if (!_wanted.ContainsKey(id))
                    {
                        _wanted.Add(id, new List<string>());
                    }
                }
                else
                {
                    // An empty list most likely came from a filter that found nobody: never read it as "remove everyone".
                    WriteError(ErrorRecords.InvalidArgument("InvalidUsername",
                        "-Username names no user for " + Room.Noun + " " + id + ", so there is nothing to sync to. To leave only the owner (and the admins, unless -IncludeAdmins), use -OwnerOnly instead of -Username.", id));
                }
            }
            return;
        }
        // Confirmed per chatroom once its plan is known, in EndProcessing.
        foreach (var (id, usernames) in TakeInput(null))
        {
            if (!_wanted.TryGetValue(id, out var wanted))
            {
                _wanted.Add(id, wanted = new List<string>());
            }
            wanted.AddRange(usernames);
        }
    }

    protected override void EndProcessing()
    {
        var (overlap, room, client) = (ThrottleLimit > 1, Room, Client);
        foreach (var wanted in _wanted)
        {
            var id = wanted.Key;
            Items.Start(id, async cancellationToken =>
            {
                var members = await room.ReadMembersAsync(client, id, MemberPageSize, overlap, cancellationToken).ConfigureAwait(false);
                return () => Plan(id, wanted.Value, members);
            });
        }
        base.EndProcessing();
        foreach (var sync in _syncOrder)
        {
            WriteObject(sync.Result(Room));
        }
    }

    /// <summary>Works out and confirms one chatroom's changes, and queues them (on the pipeline thread).</summary>
    private void Plan(string id, List<string> wantedNames, (string Username, bool Owner, bool Admin)[] current)
    {
        var wanted = new HashSet<string>(wantedNames, EmApiLimits.UsernameComparer);
        var present = new HashSet<string>(current.Select(m => m.Username), EmApiLimits.UsernameComparer);
        var toAdd = wanted.Where(user => !present.Contains(user)).ToArray();
        var toRemove = current.Where(m => !m.Owner && !wanted.Contains(m.Username) && (IncludeAdmins || !m.Admin))
            .Select(m => m.Username).ToArray();
        if (toAdd.Length + toRemove.Length > 0 && !ShouldProcess(Room.Noun + " " + id, "Sync members: " + Plan("add", toAdd) + "; " + Plan("remove", toRemove)))
        {
            return;
        }
        var sync = new RoomSync(id, toAdd, toRemove, current.Length - toRemove.Length);
        _synced.Add(id, sync);
        _syncOrder.Add(sync);
        // Sent now rather than at the end, so this room's changes overlap the other rooms' reads.
        _adds!.Add(id, toAdd);
        _adds.Flush(id);
        _removals!.Add(id, toRemove);
        _removals.Flush(id);
    }

    private bool NamesNoUser() => Username == null || Username.All(string.IsNullOrWhiteSpace);

    private static string Plan(string verb, string[] users) =>
        verb + " " + users.Length + (users.Length == 0 ? "" : " (" + string.Join(", ", users.Take(NamesShownInPlan)) + (users.Length > NamesShownInPlan ? ", …" : "") + ")");

    /// <summary>One chatroom's planned changes and those done; a planned user not done has had its own error.</summary>
    private sealed class RoomSync
    {
        private readonly string _id;
        private readonly string[] _toAdd;
        private readonly string[] _toRemove;
        private readonly int _unchanged;
        private readonly HashSet<string> _done = new HashSet<string>(EmApiLimits.UsernameComparer);

        public RoomSync(string id, string[] toAdd, string[] toRemove, int unchanged)
        {
            _id = id;
            _toAdd = toAdd;
            _toRemove = toRemove;
            _unchanged = unchanged;
        }

        /// <summary>Records a user's change as done; writes nothing.</summary>
        public object? Done(string username)
        {
            _done.Add(username);
            return null;
        }

        public object Result(RoomKind room) => room.SyncResult(_id, _toAdd.Where(_done.Contains).ToArray(), _toRemove.Where(_done.Contains).ToArray(), _unchanged,
            _toAdd.Concat(_toRemove).Where(user => !_done.Contains(user)).ToArray());
    }
}
