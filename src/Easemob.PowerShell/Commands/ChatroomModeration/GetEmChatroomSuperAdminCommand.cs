using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the chatroom super admins (users who may create chatrooms from the client), page by page.</summary>
[Cmdlet(VerbsCommon.Get, "EmChatroomSuperAdmin", SupportsPaging = true)]
[OutputType(typeof(EmChatroomSuperAdmin))]
public sealed class GetEmChatroomSuperAdminCommand : EmApiCmdlet
{
    /// <summary>Super admins per request (1 to <see cref="EmApiLimits.MaxChatroomPageSize"/>).</summary>
    [Parameter]
    [ValidateRange(1, EmApiLimits.MaxChatroomPageSize)]
    public int PageSize { get; set; } = 1000;

    protected override void EndProcessing()
    {
        var window = new PagingWindow(PagingParameters);
        if (PagingParameters.IncludeTotalCount)
        {
            // The call reports only the page's count, not a total.
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }
        var pageSize = PageSize;
        Listings.ReadNumbered((pageNum, ct) => Client.ListChatroomSuperAdminsAsync(pageNum, pageSize, ct), pageSize, window, null,
            page => page.ForEach(user => WriteObject(new EmChatroomSuperAdmin { Username = user })));
        base.EndProcessing();
    }
}
