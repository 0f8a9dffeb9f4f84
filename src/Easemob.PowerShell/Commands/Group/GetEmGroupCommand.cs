using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Gets groups: every group of the app (cursor paging, streamed), the ones given by id (details, batched up to
/// <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/> ids per request across the whole pipeline), or a user's
/// groups (page-number paging, at most <see cref="EmApiLimits.MaxUserGroupsPageSize"/> a page).
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmGroup", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(EmGroup))]
public sealed class GetEmGroupCommand : EmApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";
    private const string UserSet = "Username";
    // Detail batches in flight at once; the rate governor paces whatever exceeds the 100/s limit.
    private const int DetailBatchesInFlight = 64;

    private PipelineBatcher<string, EmGroup>? _details;
    private PagingWindow? _window;
    private int? _userGroupsTotal;

    /// <summary>Group ids; from the pipeline as strings or as objects with an Id or GroupId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [Alias("GroupId")]
    [ArgumentCompleter(typeof(GroupIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmGroup.Id), nameof(EmGroupMember.GroupId))]
    public string[] Id { get; set; } = new string[0];

    /// <summary>Gets the groups this user owns or joined.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserSet)]
    [ValidateNotNullOrEmpty]
    [IdentityTransformation]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string Username { get; set; } = string.Empty;

    /// <summary>Groups per listing request: 1 to 1000 for the app's groups, at most 20 for a user's (larger is sent as 20).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = UserSet)]
    [ValidateRange(1, EmApiLimits.MaxGroupPageSize)]
    public int PageSize { get; set; } = EmApiLimits.MaxGroupPageSize;

    /// <summary>Fills every property, by batched detail requests.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = UserSet)]
    public SwitchParameter Detailed { get; set; }

    protected override int MaxInFlight => DetailBatchesInFlight;

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _window = new PagingWindow(PagingParameters);
        _details = NewBatcher<string, EmGroup>(EmApiLimits.MaxChatroomIdsPerDetailsCall, GetDetailsAsync, (_, group) => WriteObject(group), identityOf: id => id);
        if (PagingParameters.IncludeTotalCount && ParameterSetName == ListSet)
        {
            // The list call reports no total.
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }
    }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                foreach (var id in ValidTargets(Id, RoomKind.Group.InvalidIdErrorId, "group id", RoomKind.Group.CheckId, StringComparer.Ordinal).Where(_ => _window!.Admit()))
                {
                    _details!.Add(null, id);
                }
                break;
            case UserSet:
                ReadUserGroups();
                break;
            default:
                ReadAllGroups();
                break;
        }
    }

    protected override void EndProcessing()
    {
        base.EndProcessing();
        if (PagingParameters.IncludeTotalCount && ParameterSetName != ListSet)
        {
            WriteObject(PagingParameters.NewTotalCount(ParameterSetName == IdSet ? _window!.Offered : (ulong)(_userGroupsTotal ?? 0), 1.0));
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<EmGroup>>> GetDetailsAsync(string? key, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        (await Client.GetGroupDetailsAsync(ids, cancellationToken).ConfigureAwait(false)).Outcomes(ids, group => group.Id);

    /// <summary>Writes a page's groups, or queues them for details with -Detailed.</summary>
    private void WriteOrDetail(List<EmGroup> groups)
    {
        foreach (var group in groups)
        {
            if (Detailed) _details!.Add(null, group.Id);
            else WriteObject(group);
        }
    }

    private void ReadAllGroups()
    {
        if (_window!.IsFull)
        {
            // -First 0: the list call cannot ask for zero.
            return;
        }
        Listings.ReadCursor((cursor, ct) => Client.ListGroupsAsync(_window!.Needed(PageSize), cursor, ct), _window!, (selected, pages) =>
        {
            if (selected.Count > 0 && !Detailed)
            {
                // The next page is asked for once this page's first group is out, hiding its latency.
                WriteObject(selected[0]);
                pages.ReadNext();
                selected.RemoveAt(0);
            }
            WriteOrDetail(selected);
            if (Detailed && pages.HasMore)
            {
                Items.MakeRoom();
            }
            pages.ReadNext();
        });
    }

    private void ReadUserGroups()
    {
        var username = Username;
        var pageSize = Math.Min(PageSize, EmApiLimits.MaxUserGroupsPageSize);
        Listings.ReadNumbered(async (pageNum, ct) =>
        {
            var (groups, total) = await Client.ListUserGroupsAsync(username, pageNum, pageSize, ct).ConfigureAwait(false);
            _userGroupsTotal = total ?? _userGroupsTotal;
            return groups;
        }, pageSize, _window!, username, WriteOrDetail);
    }
}
