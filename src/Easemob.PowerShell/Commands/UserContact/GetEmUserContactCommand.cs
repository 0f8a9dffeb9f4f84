using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets users' contacts with their remarks, each user's list read page by page (cursor paging).</summary>
[Cmdlet(VerbsCommon.Get, "EmUserContact", SupportsPaging = true)]
[OutputType(typeof(EmUserContact))]
public sealed class GetEmUserContactCommand : EmUserListCmdlet<EmUserContact>
{
    protected override int MaxPageSize => EmApiLimits.MaxContactsPerPage;

    private protected override Task<CursorPage<EmUserContact>> ReadPageAsync(string username, int limit, string? cursor, CancellationToken cancellationToken) =>
        Client.ListContactsAsync(username, limit, cursor, cancellationToken);
}
