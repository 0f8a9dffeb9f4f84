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
/// Gets chatrooms: every chatroom of the app (cursor paging), the ones given by id (details, batched
/// up to <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/> ids per request across the whole pipeline), or the ones a user joined.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmChatroom", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(EmChatroom))]
public sealed class GetEmChatroomCommand : EmApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";
    private const string UserSet = "Username";

    // Disabled as the joined-chatrooms listing gave it, the only source of it; kept over the details' answer.
    private readonly Dictionary<string, bool> _listedDisabled = new Dictionary<string, bool>(StringComparer.Ordinal);
    private PipelineBatcher<string, EmChatroom>? _details;
    private PagingWindow? _window;

    /// <summary>Chatroom ids; from the pipeline as strings or as objects with an Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [Alias("ChatroomId", "RoomId")]
    [ArgumentCompleter(typeof(ChatroomIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmChatroom.Id), nameof(EmChatroomMember.ChatroomId), "RoomId")]
    public string[] Id { get; set; } = new string[0];

    /// <summary>Gets the chatrooms this user joined.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserSet)]
    [ValidateNotNullOrEmpty]
    [IdentityTransformation]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string Username { get; set; } = string.Empty;

    /// <summary>Chatrooms per request when listing (1 to <see cref="EmApiLimits.MaxChatroomPageSize"/>).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = UserSet)]
    [ValidateRange(1, EmApiLimits.MaxChatroomPageSize)]
    public int PageSize { get; set; } = 1000;

    /// <summary>Fills every property, by batched detail requests.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = UserSet)]
    public SwitchParameter Detailed { get; set; }

    // As many in flight as the calls' documented rate starts in a second; the rate governor paces the rest.
    protected override int MaxInFlight => EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.ChatroomItem);

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _window = new PagingWindow(PagingParameters);
        _details = NewBatcher<string, EmChatroom>(EmApiLimits.MaxChatroomIdsPerDetailsCall, GetDetailsAsync, WriteDetails, identityOf: id => id);
        if (PagingParameters.IncludeTotalCount && ParameterSetName != IdSet)
        {
            // Neither listing call reports a total.
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }
    }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                QueueIds();
                break;
            case UserSet:
                ReadJoinedChatrooms();
                break;
            default:
                ReadAllChatrooms();
                break;
        }
    }

    protected override void EndProcessing()
    {
        base.EndProcessing();
        if (PagingParameters.IncludeTotalCount && ParameterSetName == IdSet)
        {
            WriteObject(PagingParameters.NewTotalCount(_window!.Offered, 1.0));
        }
    }

    private void QueueIds()
    {
        foreach (var id in ValidChatroomIds(Id))
        {
            if (!_window!.Admit())
            {
                continue;
            }
            _details!.Add(null, id);
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<EmChatroom>>> GetDetailsAsync(string? key, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        (await Client.GetChatroomDetailsAsync(ids, cancellationToken).ConfigureAwait(false)).Outcomes(ids, room => room.Id);

    private void WriteDetails(string id, EmChatroom chatroom)
    {
        if (_listedDisabled.TryGetValue(id, out var disabled))
        {
            chatroom.Disabled = disabled;
        }
        WriteObject(chatroom);
    }

    private void ReadAllChatrooms()
    {
        if (_window!.IsFull)
        {
            // -First 0: the list call cannot ask for zero.
            return;
        }
        Listings.ReadCursor((cursor, ct) => Client.ListChatroomsAsync(_window!.Needed(PageSize), cursor, ct), _window!, (selected, pages) =>
        {
            if (Detailed)
            {
                selected.ForEach(c => _details!.Add(null, c.Id));
                if (pages.HasMore)
                {
                    // Until the first chatroom is out, as without -Detailed: a consumer that stops
                    // there (Select-Object -First 1) then never costs a second list page.
                    Items.MakeRoom();
                    pages.ReadNext();
                }
                return;
            }
            for (var i = 0; i < selected.Count; i++)
            {
                WriteObject(selected[i]);
                // Ask for the next page once this page's first object is out, so the
                // consumer starts work at once and the next page's latency is hidden.
                if (i == 0)
                {
                    pages.ReadNext();
                }
            }
            pages.ReadNext();
        });
    }

    private void ReadJoinedChatrooms()
    {
        var username = Username;
        var pageSize = PageSize;
        Listings.ReadNumbered((pageNum, ct) => Client.ListJoinedChatroomsAsync(username, pageNum, pageSize, ct), pageSize, _window!, username, selected =>
        {
            if (Detailed)
            {
                foreach (var chatroom in selected)
                {
                    if (chatroom.Disabled.HasValue)
                    {
                        _listedDisabled[chatroom.Id] = chatroom.Disabled.Value;
                    }
                    _details!.Add(null, chatroom.Id);
                }
            }
            else
            {
                foreach (var chatroom in selected)
                {
                    WriteObject(chatroom);
                }
            }
        });
    }
}
