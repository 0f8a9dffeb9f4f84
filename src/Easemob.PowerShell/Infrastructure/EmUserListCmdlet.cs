using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that read one list per user by cursor (contacts, block lists): each user's list page by
/// page, one page ahead, with -First and -Skip applied to each user's list; an unknown user is its own error.
/// </summary>
public abstract class EmUserListCmdlet<T> : EmApiCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>The page size: at most the list call's maximum (50 for both lists).</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? PageSize { get; set; }

    /// <summary>The list call's largest page, also the default.</summary>
    protected abstract int MaxPageSize { get; }

    /// <summary>Reads one page of a user's list.</summary>
    private protected abstract Task<CursorPage<T>> ReadPageAsync(string username, int limit, string? cursor, CancellationToken cancellationToken);

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (PageSize > MaxPageSize)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidPageSize", "-PageSize may be at most " + MaxPageSize + ".", PageSize));
        }
        if (PagingParameters.IncludeTotalCount)
        {
            // The list calls report no total.
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }
    }

    protected override void ProcessRecord()
    {
        var pageSize = PageSize ?? MaxPageSize;
        foreach (var username in ValidUsernames(Username))
        {
            var window = new PagingWindow(PagingParameters);
            Listings.ReadCursor((cursor, ct) => ReadPageAsync(username, window.Needed(pageSize), cursor, ct), window, (items, pages) =>
            {
                pages.ReadNext();
                WriteObject(items, enumerateCollection: true);
            }, username);
        }
    }
}
