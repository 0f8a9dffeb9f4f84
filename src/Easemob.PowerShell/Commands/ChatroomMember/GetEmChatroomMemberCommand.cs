using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Gets the members of chatrooms, page by page. Several chatrooms are read at once (-ThrottleLimit);
    /// each one's members are written in order, page by page, as they arrive.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EmChatroomMember", SupportsPaging = true)]
    [OutputType(typeof(EmChatroomMember))]
    public sealed class GetEmChatroomMemberCommand : EmChatroomCmdlet
    {
        private PagingWindow? _window;
        private long _total;

        /// <summary>Only members of this role: Owner, Admin (from the chatroom's admin list) or Member.</summary>
        [Parameter]
        public EmChatroomRole? Role { get; set; }

        /// <summary>Members per request (1 to <see cref="EmApiLimits.MaxChatroomPageSize"/>).</summary>
        [Parameter]
        [ValidateRange(1, EmApiLimits.MaxChatroomPageSize)]
        public int PageSize { get; set; } = 1000;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _window = new PagingWindow(PagingParameters);
        }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                // Finish what blocks the next start first: its output may reach -First.
                MakeRoomForItem();
                if (_window!.IsFull)
                {
                    return;
                }
                StartMembers(id);
            }
        }

        private void StartMembers(string id)
        {
            var pageSize = PageSize;
            var countTotal = PagingParameters.IncludeTotalCount;
            StartItem(id, async cancellationToken =>
            {
                // The member list names admins as members; the admin list, read alongside, tells them apart.
                var adminList = Client.ListChatroomAdminsAsync(id, cancellationToken);
                var firstPage = await Client.ListChatroomMembersAsync(id, 1, pageSize, cancellationToken).ConfigureAwait(false);
                var admins = new HashSet<string>(await adminList.ConfigureAwait(false), EmApiLimits.UsernameComparer);
                var total = countTotal ? (await GetChatroomAsync(id, cancellationToken).ConfigureAwait(false)).MemberCount : null;
                return () =>
                {
                    if (total.HasValue)
                    {
                        _total += Role == EmChatroomRole.Owner ? 1
                            : Role == EmChatroomRole.Admin ? admins.Count
                            : Role == EmChatroomRole.Member ? total.Value - 1 - admins.Count
                            : total.Value;
                    }
                    WriteMembers(id, firstPage, pageSize, admins);
                };
            });
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            if (PagingParameters.IncludeTotalCount)
            {
                WriteObject(PagingParameters.NewTotalCount((ulong)_total, 1.0));
            }
        }

        /// <summary>Writes the first page, then reads and writes the rest while -First wants more.</summary>
        private void WriteMembers(string id, IReadOnlyList<EmChatroomMember> page, int pageSize, HashSet<string> admins)
        {
            for (var pageNum = 1; ; pageNum++)
            {
                foreach (var member in page)
                {
                    if (member.Role == EmChatroomRole.Member && admins.Contains(member.Username))
                    {
                        member.Role = EmChatroomRole.Admin;
                    }
                }
                foreach (var member in page.Where(m => Role == null || m.Role == Role))
                {
                    if (_window!.IsFull)
                    {
                        return;
                    }
                    if (_window.Admit())
                    {
                        WriteObject(member);
                    }
                }
                if (page.Count < pageSize)
                {
                    return;
                }
                var next = pageNum + 1;
                if (!TryInvoke(ct => Client.ListChatroomMembersAsync(id, next, pageSize, ct), id, out page))
                {
                    return;
                }
            }
        }
    }
}
