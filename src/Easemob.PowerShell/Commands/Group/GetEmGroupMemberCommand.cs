using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

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
            var (pageSize, overlap) = (PageSize, ThrottleLimit > 1);
            Items.Start(id, async cancellationToken =>
            {
                var roster = await RoomRoster<EmGroupMember>.ReadAsync(RoomKind.GroupRoster, Client, id, pageSize, overlap, cancellationToken).ConfigureAwait(false);
                return () => WriteRoster(roster, _window!, m => Role == null || m.Role == Role);
            });
        }
    }
}
