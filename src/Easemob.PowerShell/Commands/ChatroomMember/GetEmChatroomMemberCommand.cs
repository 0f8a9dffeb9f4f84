using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

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
            Items.MakeRoom();
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
        var overlap = ThrottleLimit > 1;
        Items.Start(id, async cancellationToken =>
        {
            var roster = await RoomRoster<EmChatroomMember>.ReadAsync(RoomKind.ChatroomRoster, Client, id, pageSize, overlap, cancellationToken).ConfigureAwait(false);
            var total = countTotal ? (await GetChatroomAsync(id, cancellationToken).ConfigureAwait(false)).MemberCount : null;
            return () =>
            {
                if (total.HasValue)
                {
                    _total += Role == EmChatroomRole.Owner ? 1
                        : Role == EmChatroomRole.Admin ? roster.Admins.Count
                        : Role == EmChatroomRole.Member ? total.Value - 1 - roster.Admins.Count
                        : total.Value;
                }
                WriteRoster(roster, _window!, m => Role == null || m.Role == Role);
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
}
