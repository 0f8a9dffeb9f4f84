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
    /// only with -IncludeAdmins. Running it again changes nothing.
    /// </summary>
    [Cmdlet(VerbsData.Sync, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UsersSet)]
    [OutputType(typeof(EmChatroomSyncResult))]
    public sealed class SyncEmChatroomMemberCommand : EmChatroomUsersCmdlet
    {
        private const int MemberPageSize = 1000;
        private const int NamesShownInPlan = 10;
        private const string OwnerOnlySet = "OwnerOnly";

        // Wanted users per chatroom, in first-seen order of the chatrooms.
        private readonly Dictionary<string, List<string>> _wanted = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        /// <summary>Removes admins that are not in the list too (by default they stay).</summary>
        [Parameter]
        public SwitchParameter IncludeAdmins { get; set; }

        /// <summary>Wants no member but the owner: what an empty -Username would mean, said explicitly.</summary>
        [Parameter(Mandatory = true, ParameterSetName = OwnerOnlySet)]
        public SwitchParameter OwnerOnly { get; set; }

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
                            "-Username names no user for chatroom " + id + ", so there is nothing to sync to. To leave only the owner (and the admins, unless -IncludeAdmins), use -OwnerOnly instead of -Username.", id));
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
            var result = new EmChatroomSyncResult { ChatroomId = id, Unchanged = current.Members.Count + 1 - toRemove.Length };
            if (toAdd.Length + toRemove.Length > 0 && !ShouldProcess("chatroom " + id, "Sync members: " + Plan("add", toAdd) + "; " + Plan("remove", toRemove)))
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
            result.Added = toAdd.Where(u => !failedSet.Contains(u)).ToArray();
            result.Removed = toRemove.Where(u => !failedSet.Contains(u)).ToArray();
            result.Failed = failed.ToArray();
            WriteObject(result);
        }

        private bool NamesNoUser() => Username == null || Username.All(string.IsNullOrWhiteSpace);

        private static string Plan(string verb, string[] users) =>
            verb + " " + users.Length + (users.Length == 0 ? "" : " (" + string.Join(", ", users.Take(NamesShownInPlan)) + (users.Length > NamesShownInPlan ? ", …" : "") + ")");

        private async Task<RoomMembers> ReadMembersAsync(string id, CancellationToken cancellationToken)
        {
            var adminList = Client.ListChatroomAdminsAsync(id, cancellationToken);
            var members = new HashSet<string>(EmApiLimits.UsernameComparer);
            string? owner = null;
            for (var pageNum = 1; ; pageNum++)
            {
                var page = await Client.ListChatroomMembersAsync(id, pageNum, MemberPageSize, cancellationToken).ConfigureAwait(false);
                foreach (var member in page)
                {
                    if (member.Role == EmChatroomRole.Owner)
                    {
                        owner = member.Username;
                    }
                    else
                    {
                        members.Add(member.Username);
                    }
                }
                if (page.Count < MemberPageSize)
                {
                    break;
                }
            }
            return new RoomMembers(owner, members, new HashSet<string>(await adminList.ConfigureAwait(false), EmApiLimits.UsernameComparer));
        }

        /// <summary>Every add and remove batch at once (the rate governor paces them); one outcome per user.</summary>
        private async Task<List<(string User, EasemobApiException? Error)>> ApplyAsync(string id, string[] toAdd, string[] toRemove, CancellationToken cancellationToken)
        {
            var batches = Batches(toAdd).Select(batch => RunBatchAsync(batch, Client.AddChatroomMembersAsync(id, batch, cancellationToken)))
                .Concat(Batches(toRemove).Select(batch => RunBatchAsync(batch, Client.RemoveChatroomMembersAsync(id, batch, cancellationToken))));
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
