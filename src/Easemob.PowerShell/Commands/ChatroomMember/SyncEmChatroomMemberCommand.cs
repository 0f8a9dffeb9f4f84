using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Makes each chatroom's members equal to the given users (gathered per chatroom across the pipeline): reads the
    /// members, adds the missing users and removes the others in batches of <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/>. The owner is never removed; admins
    /// only with -IncludeAdmins. Running it again changes nothing. Sync-EmGroupMember is this cmdlet for groups.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomSyncResult))]
    public class SyncEmChatroomMemberCommand : EmChatroomUsersCmdlet
    {
        private const int MemberPageSize = 1000;
        private const int NamesShownInPlan = 10;

        // Wanted users per chatroom, in first-seen order of the chatrooms.
        private readonly Dictionary<string, List<string>> _wanted = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        /// <summary>Removes admins that are not in the list too (by default they stay).</summary>
        [Parameter]
        public SwitchParameter IncludeAdmins { get; set; }

        protected override void ProcessRecord()
        {
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
            foreach (var room in _wanted)
            {
                Sync(room.Key, room.Value);
            }
            base.EndProcessing();
        }

        private void Sync(string id, List<string> wantedNames)
        {
            if (!TryInvoke(ct => ReadMembersAsync(id, ct), id, out var current))
            {
                return;
            }
            var wanted = new HashSet<string>(wantedNames, EmApiLimits.UsernameComparer);
            var toAdd = wanted.Where(user => !current.Members.Contains(user) && !EmApiLimits.UsernameComparer.Equals(user, current.Owner)).ToArray();
            var toRemove = current.Members.Where(user => !wanted.Contains(user) && (IncludeAdmins || !current.Admins.Contains(user))).ToArray();
            if (toAdd.Length + toRemove.Length > 0 && !ShouldProcess(Room.Noun + " " + id, "Sync members: " + Plan("add", toAdd) + "; " + Plan("remove", toRemove)))
            {
                return;
            }
            if (!TryInvoke(ct => ApplyAsync(id, toAdd, toRemove, ct), id, out var outcomes))
            {
                return;
            }
            var failed = new List<string>();
            foreach (var (user, error) in outcomes.Where(o => o.Error != null))
            {
                WriteError(ErrorRecords.FromApi(error!, new ChatroomUserItem(id, user)));
                failed.Add(user);
            }
            var failedSet = new HashSet<string>(failed, EmApiLimits.UsernameComparer);
            WriteObject(Room.SyncResult(id, toAdd.Where(u => !failedSet.Contains(u)).ToArray(), toRemove.Where(u => !failedSet.Contains(u)).ToArray(),
                current.Members.Count + 1 - toRemove.Length, failed.ToArray()));
        }

        private static string Plan(string verb, string[] users) =>
            verb + " " + users.Length + (users.Length == 0 ? "" : " (" + string.Join(", ", users.Take(NamesShownInPlan)) + (users.Length > NamesShownInPlan ? ", …" : "") + ")");

        private async Task<RoomMembers> ReadMembersAsync(string id, CancellationToken cancellationToken)
        {
            var (room, client) = (Room, Client);
            var adminList = room.ListAdminsAsync(client, id, cancellationToken);
            var members = new HashSet<string>(EmApiLimits.UsernameComparer);
            string? owner = null;
            for (var pageNum = 1; ; pageNum++)
            {
                var page = await room.ListMemberPageAsync(client, id, pageNum, MemberPageSize, cancellationToken).ConfigureAwait(false);
                foreach (var (user, isOwner) in page)
                {
                    if (isOwner)
                    {
                        owner = user;
                    }
                    else
                    {
                        members.Add(user);
                    }
                }
                if (page.Length < MemberPageSize)
                {
                    break;
                }
            }
            return new RoomMembers(owner, members, new HashSet<string>(await adminList.ConfigureAwait(false), EmApiLimits.UsernameComparer));
        }

        /// <summary>Every add and remove batch at once (the rate governor paces them); one outcome per user.</summary>
        private async Task<List<(string User, EasemobApiException? Error)>> ApplyAsync(string id, string[] toAdd, string[] toRemove, CancellationToken cancellationToken)
        {
            var (room, client) = (Room, Client);
            var batches = Batches(toAdd).Select(batch => RunBatchAsync(batch, room.AddMembersAsync(client, id, batch, cancellationToken)))
                .Concat(Batches(toRemove).Select(batch => RunBatchAsync(batch, room.RemoveMembersAsync(client, id, batch, cancellationToken))));
            var outcomes = await Task.WhenAll(batches).ConfigureAwait(false);
            return outcomes.SelectMany(o => o).ToList();
        }

        private static async Task<IEnumerable<(string User, EasemobApiException? Error)>> RunBatchAsync(string[] batch, Task<ChatroomUserBatchResult<bool>> call)
        {
            try
            {
                var result = await call.ConfigureAwait(false);
                return batch.Select(user => (user, result.TryGetResult(user, out _, out var error) ? null : error)).ToArray();
            }
            catch (EasemobApiException failure)
            {
                return batch.Select(user => (user, (EasemobApiException?)failure)).ToArray();
            }
        }

        private static IEnumerable<string[]> Batches(string[] users)
        {
            for (var start = 0; start < users.Length; start += EmApiLimits.MaxUsersPerChatroomBatch)
            {
                yield return users.Skip(start).Take(EmApiLimits.MaxUsersPerChatroomBatch).ToArray();
            }
        }

        private sealed class RoomMembers
        {
            public RoomMembers(string? owner, HashSet<string> members, HashSet<string> admins)
            {
                Owner = owner;
                Members = members;
                Admins = admins;
            }

            public string? Owner { get; }

            /// <summary>Every member but the owner, admins included.</summary>
            public HashSet<string> Members { get; }

            public HashSet<string> Admins { get; }
        }
    }
}
