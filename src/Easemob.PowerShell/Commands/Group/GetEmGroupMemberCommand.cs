using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Gets the members of groups with their roles, by page number. Several groups are read at once (-ThrottleLimit);
    /// each one's members are written in order, page by page, as they arrive.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EmGroupMember", SupportsPaging = true)]
    [OutputType(typeof(EmGroupMember))]
    public sealed class GetEmGroupMemberCommand : EmGroupCmdlet
    {
        private PagingWindow? _window;

        /// <summary>Only members of this role: Owner, Admin (from the group's admin list) or Member.</summary>
        [Parameter]
        public EmGroupRole? Role { get; set; }

        /// <summary>Members per request (1 to <see cref="EmApiLimits.MaxGroupPageSize"/>).</summary>
        [Parameter]
        [ValidateRange(1, EmApiLimits.MaxGroupPageSize)]
        public int PageSize { get; set; } = EmApiLimits.MaxGroupPageSize;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _window = new PagingWindow(PagingParameters);
            if (PagingParameters.IncludeTotalCount)
            {
                // The member pages report no total.
                WriteObject(PagingParameters.NewTotalCount(0, 0.0));
            }
        }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                // Finish what blocks the next start first: its output may reach -First.
                Items.MakeRoom();
                if (_window!.IsFull)
                {
                    return;
                }
                var pageSize = PageSize;
                Items.Start(id, async cancellationToken =>
                {
                    // The member list names admins as members; the admin list, read alongside, tells them apart.
                    var adminList = Client.ListGroupAdminsAsync(id, cancellationToken);
                    var firstPage = await Client.ListGroupMembersAsync(id, 1, pageSize, cancellationToken).ConfigureAwait(false);
                    var admins = new HashSet<string>(await adminList.ConfigureAwait(false), EmApiLimits.UsernameComparer);
                    return () => WriteMembers(id, firstPage, pageSize, admins);
                });
            }
        }

        /// <summary>Writes the first page, then reads and writes the rest while -First wants more.</summary>
        private void WriteMembers(string id, IReadOnlyList<EmGroupMember> page, int pageSize, HashSet<string> admins)
        {
            for (var pageNum = 1; ; pageNum++)
            {
                foreach (var member in page.Where(m => m.Role == EmGroupRole.Member && admins.Contains(m.Username)))
                {
                    member.Role = EmGroupRole.Admin;
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
                var next = pageNum + 1;
                if (page.Count < pageSize || !TryInvoke(ct => Client.ListGroupMembersAsync(id, next, pageSize, ct), id, out page))
                {
                    return;
                }
            }
        }
    }
}
