using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Gets users by name (a chatroom member or any object with a Username property pipes in) or, with no name,
/// every user of the app, streamed page by page (cursor paging) so a large app is read in flat memory.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(EmUser))]
public sealed class GetEmUserCommand : EmApiCmdlet
{
    private const string ListSet = "List";
    private const string NameSet = "Username";

    private PagingWindow? _window;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = NameSet)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>Users per request when listing (1 to <see cref="EmApiLimits.MaxUsersPerListPage"/>).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, EmApiLimits.MaxUsersPerListPage)]
    public int PageSize { get; set; } = EmApiLimits.MaxUsersPerListPage;

    // As many in flight as the calls' documented rate starts in a second; the rate governor paces the rest.
    protected override int MaxInFlight => EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.User);

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _window = new PagingWindow(PagingParameters);
        if (PagingParameters.IncludeTotalCount && ParameterSetName == ListSet)
        {
            // The list call reports no total.
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == NameSet)
        {
            ReadNamedUsers();
        }
        else
        {
            ReadAllUsers();
        }
    }

    protected override void EndProcessing()
    {
        base.EndProcessing();
        if (PagingParameters.IncludeTotalCount && ParameterSetName == NameSet)
        {
            WriteObject(PagingParameters.NewTotalCount(_window!.Offered, 1.0));
        }
    }

    /// <summary>
    /// Reads the named users, several at once; -Skip and -First apply to the names, in input order, as for
    /// Get-EmChatroom -Id, so a name outside the window is never read.
    /// </summary>
    private void ReadNamedUsers()
    {
        foreach (var username in ValidUsernames(Username))
        {
            if (!_window!.Admit())
            {
                continue;
            }
            Items.Start(username, async cancellationToken =>
            {
                var user = await Client.GetUserAsync(username, cancellationToken).ConfigureAwait(false);
                return () => WriteObject(user);
            });
        }
    }

    /// <summary>Reads page after page, the next one asked for before this one's users are written.</summary>
    private void ReadAllUsers() =>
        Listings.ReadCursor((cursor, ct) => Client.ListUsersAsync(_window!.Needed(PageSize), cursor, ct), _window!, (users, pages) =>
        {
            pages.ReadNext();
            WriteObject(users, enumerateCollection: true);
        });
}
