using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// A chatroom's members with their roles, as Get-EmChatroomMember and Sync-EmChatroomMember read them: the member
    /// list names admins as members, so the admin list, read with its first page, tells them apart.
    /// </summary>
    internal sealed class ChatroomRoster
    {
        private readonly EasemobClient _client;

        private ChatroomRoster(EasemobClient client, string chatroomId, int pageSize, HashSet<string> admins, IReadOnlyList<EmChatroomMember> firstPage)
        {
            _client = client;
            ChatroomId = chatroomId;
            PageSize = pageSize;
            Admins = admins;
            FirstPage = WithRoles(firstPage);
        }

        public string ChatroomId { get; }

        /// <summary>Members per page (1 to 1000).</summary>
        public int PageSize { get; }

        public HashSet<string> Admins { get; }

        public IReadOnlyList<EmChatroomMember> FirstPage { get; }

        /// <summary>
        /// Reads the admin list and the first page: at once when <paramref name="overlap"/>, else one after the other
        /// (a cmdlet held to one request in flight).
        /// </summary>
        public static async Task<ChatroomRoster> ReadAsync(EasemobClient client, string chatroomId, int pageSize, bool overlap, CancellationToken cancellationToken)
        {
            var adminList = client.ListChatroomAdminsAsync(chatroomId, cancellationToken);
            if (!overlap)
            {
                await adminList.ConfigureAwait(false);
            }
            var firstPage = await client.ListChatroomMembersAsync(chatroomId, 1, pageSize, cancellationToken).ConfigureAwait(false);
            var admins = new HashSet<string>(await adminList.ConfigureAwait(false), EmApiLimits.UsernameComparer);
            return new ChatroomRoster(client, chatroomId, pageSize, admins, firstPage);
        }

        /// <summary>Whether a page after <paramref name="page"/> may hold more members (it was full).</summary>
        public bool MoreAfter(IReadOnlyList<EmChatroomMember> page) => page.Count == PageSize;

        /// <summary>Page <paramref name="pageNum"/> (from 2), with roles.</summary>
        public async Task<IReadOnlyList<EmChatroomMember>> ReadPageAsync(int pageNum, CancellationToken cancellationToken) =>
            WithRoles(await _client.ListChatroomMembersAsync(ChatroomId, pageNum, PageSize, cancellationToken).ConfigureAwait(false));

        /// <summary>Every member with its role, the owner included: the first page and the pages after it.</summary>
        public async Task<List<EmChatroomMember>> ReadAllAsync(CancellationToken cancellationToken)
        {
            var all = new List<EmChatroomMember>(FirstPage);
            for (var (page, pageNum) = (FirstPage, 2); MoreAfter(page); pageNum++)
            {
                page = await ReadPageAsync(pageNum, cancellationToken).ConfigureAwait(false);
                all.AddRange(page);
            }
            return all;
        }

        private IReadOnlyList<EmChatroomMember> WithRoles(IReadOnlyList<EmChatroomMember> page)
        {
            foreach (var member in page)
            {
                if (member.Role == EmChatroomRole.Member && Admins.Contains(member.Username))
                {
                    member.Role = EmChatroomRole.Admin;
                }
            }
            return page;
        }
    }
}
