using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell;

/// <summary>
/// Reads pages addressed by number (pagenum/pagesize calls) ahead of the reader. These calls report no total,
/// so the end shows only as a short page; asking one page at a time would pay the latency per page. Instead,
/// pages are requested ahead, 1, then 2, 4… up to a maximum in flight while pages keep coming back full: a
/// small listing costs one request, a big one runs at the rate governor's pace. At most the pages in flight
/// when the short page arrives are read needlessly; they are cancelled.
/// </summary>
internal sealed class PageReadAhead<TPage> : IDisposable
{
    /// <summary>Pages in flight at most: at 30 ms a page, enough to reach a 100/s limit.</summary>
    private const int MaxInFlight = 8;

    private readonly Func<int, CancellationToken, Task<TPage>> _fetch;
    private readonly Func<TPage, bool> _isFull;
    private readonly int _lastPage;
    private readonly CancellationTokenSource _cancel;
    private readonly Queue<Task<TPage>> _inFlight = new Queue<Task<TPage>>();
    private int _nextPage = 1;
    private int _allowed = 1;
    private bool _ended;

    /// <param name="fetch">Reads page n (from 1).</param>
    /// <param name="isFull">Whether a page is full, i.e. more may follow.</param>
    /// <param name="lastPage">The last page worth reading (for -First), or int.MaxValue.</param>
    public PageReadAhead(Func<int, CancellationToken, Task<TPage>> fetch, Func<TPage, bool> isFull, int lastPage, CancellationToken cancellationToken)
    {
        _fetch = fetch;
        _isFull = isFull;
        _lastPage = lastPage;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>The next page's read, started if need be; null once the end has been read.</summary>
    public Task<TPage>? Next()
    {
        if (_ended)
        {
            return null;
        }
        while (_inFlight.Count < _allowed && _nextPage <= _lastPage)
        {
            _inFlight.Enqueue(_fetch(_nextPage++, _cancel.Token));
        }
        return _inFlight.Count == 0 ? null : _inFlight.Peek();
    }

    /// <summary>Takes the page <see cref="Next"/> returned; a short page ends the reading.</summary>
    public void Received(TPage page)
    {
        _inFlight.Dequeue();
        if (_isFull(page))
        {
            _allowed = Math.Min(MaxInFlight, _allowed * 2);
        }
        else
        {
            _ended = true;
        }
    }

    /// <summary>Cancels the reads still in flight (beyond the end, or abandoned after an error or a stop).</summary>
    public void Dispose()
    {
        _cancel.Cancel();
        foreach (var read in _inFlight)
        {
            // Observed, so a cancelled or failed read ahead is not reported as an unobserved exception.
            read.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
        _cancel.Dispose();
    }
}
