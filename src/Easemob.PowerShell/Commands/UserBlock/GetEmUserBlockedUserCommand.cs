using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets users' block lists, newest first, each read page by page (cursor paging).</summary>
[Cmdlet(VerbsCommon.Get, "EmUserBlockedUser", SupportsPaging = true)]
[OutputType(typeof(EmUserBlockedUser))]
public sealed class GetEmUserBlockedUserCommand : EmUserListCmdlet<EmUserBlockedUser>
{
    protected override int MaxPageSize => EmApiLimits.MaxBlockedUsersPerPage;

    private protected override Task<CursorPage<EmUserBlockedUser>> ReadPageAsync(string username, int limit, string? cursor, CancellationToken cancellationToken) =>
        Client.ListBlockedUsersAsync(username, limit, cursor, cancellationToken);
}
