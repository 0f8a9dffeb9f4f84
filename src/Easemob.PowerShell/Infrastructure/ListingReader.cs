using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Reads a listing for a cmdlet, page after page, reading ahead while its -Skip/-First window wants more, and
/// writing on the pipeline thread. A failed read is an error; what was read so far stays written.
/// </summary>
internal sealed class ListingReader
{
    private readonly EmApiCmdlet _cmdlet;

    public ListingReader(EmApiCmdlet cmdlet) => _cmdlet = cmdlet;

    /// <summary>
    /// A listing by cursor, one page ahead (<see cref="CursorReadAhead{T}"/>): each page's items inside
    /// <paramref name="window"/> go to <paramref name="writePage"/>, which writes them and calls ReadNext when the next
    /// page should be asked for. A failed read is an error targeting <paramref name="target"/> (the listing's owner,
    /// for a per-user list).
    /// </summary>
    public void ReadCursor<T>(Func<string?, CancellationToken, Task<CursorPage<T>>> fetch, PagingWindow window,
        Action<List<T>, CursorReadAhead<T>> writePage, object? target = null)
    {
        using (var pages = new CursorReadAhead<T>(fetch, window, _cmdlet.StopToken))
        {
            try
            {
                long read = 0;
                for (var next = pages.Next(); next != null; next = pages.Next())
                {
                    var page = _cmdlet.Await(next);
                    pages.Received(page);
                    read += page.Items.Count;
                    writePage(page.Items.Where(_ => window.Admit()).ToList(), pages);
                    _cmdlet.ReportProgress(_cmdlet.MyInvocation.MyCommand.Name, read, null);
                }
            }
            catch (EasemobApiException exception)
            {
                _cmdlet.WriteError(ErrorRecords.FromApi(exception, target));
            }
        }
    }

    /// <summary>
    /// A listing by numbered pages of <paramref name="pageSize"/>, reading ahead (<see cref="PageReadAhead{TPage}"/>):
    /// each page's items inside <paramref name="window"/> go to <paramref name="writePage"/>. A failed read is an error
    /// targeting <paramref name="target"/>.
    /// </summary>
    public void ReadNumbered<T>(Func<int, CancellationToken, Task<IReadOnlyList<T>>> fetch, int pageSize, PagingWindow window,
        object? target, Action<List<T>> writePage)
    {
        using (var pages = new PageReadAhead<IReadOnlyList<T>>(fetch, page => page.Count == pageSize, window.PagesNeeded(pageSize), _cmdlet.StopToken))
        {
            long read = 0;
            for (var next = pages.Next(); next != null && _cmdlet.TryAwait(next, target, out var page); next = window.IsFull ? null : pages.Next())
            {
                pages.Received(page);
                read += page.Count;
                writePage(page.Where(_ => window.Admit()).ToList());
                _cmdlet.ReportProgress(_cmdlet.MyInvocation.MyCommand.Name, read, null);
            }
        }
    }
}
