using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Gets global mutes: every muted user of the app (paged; the server's per-scope rows are merged into
/// one object per user, across page boundaries too), or the given users.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmGlobalMute", DefaultParameterSetName = ListSet)]
[OutputType(typeof(EmGlobalMute))]
public sealed class GetEmGlobalMuteCommand : EmApiCmdlet
{
    private const string ListSet = "List";
    private const string UserSet = "Username";

    /// <summary>Users whose mute state to get.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserSet)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>Rows per request when listing (1 to <see cref="EmApiLimits.MaxGlobalMutePageSize"/>).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, EmApiLimits.MaxGlobalMutePageSize)]
    public int PageSize { get; set; } = 50;

    // As many in flight as the calls' documented rate starts in a second; the rate governor paces the rest.
    protected override int MaxInFlight => EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.GlobalMute);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ListSet)
        {
            ReadAll();
            return;
        }
        StartReadPerUser(Username, Client.GetGlobalMuteAsync);
    }

    private void ReadAll()
    {
        // The server lists a user's rows together, but a page can end inside them: hold the current
        // user until a row of another user (or the end) shows it is complete.
        EmGlobalMute? current = null;
        var pageSize = PageSize;
        Listings.ReadNumbered(async (pageNum, ct) => (await Client.ListGlobalMutesAsync(pageNum, pageSize, ct).ConfigureAwait(false)).Rows,
            pageSize, PagingWindow.Everything(), null, rows =>
            {
                foreach (var row in rows)
                {
                    if (current != null && current.Username != row.Username)
                    {
                        WriteObject(current);
                        current = null;
                    }
                    current = current == null ? row : GlobalMuteMerger.Merge(current, row);
                }
            });
        if (current != null)
        {
            WriteObject(current);
        }
    }
}
