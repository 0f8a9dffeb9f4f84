using System;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;

namespace Easemob.PowerShell;

/// <summary>
/// Reads a listing by cursor one page ahead of the writer: the caller asks for the next page
/// (<see cref="ReadNext"/>) before writing the page it holds, so the next page's latency overlaps the
/// downstream work; only two pages are ever held. Disposing drops the read ahead (a downstream
/// Select-Object -First or Ctrl+C unwinds through it).
/// </summary>
internal sealed class CursorReadAhead<T> : IDisposable
{
    private readonly Func<string?, CancellationToken, Task<CursorPage<T>>> _fetch;
    private readonly PagingWindow _window;
    private readonly CancellationTokenSource _cancel;
    private Task<CursorPage<T>>? _next;
    private string? _cursor;

    /// <param name="fetch">Reads the page at a cursor (null: the first page).</param>
    /// <param name="window">-Skip and -First: no page is read once it is full.</param>
    public CursorReadAhead(Func<string?, CancellationToken, Task<CursorPage<T>>> fetch, PagingWindow window, CancellationToken cancellationToken)
    {
        _fetch = fetch;
        _window = window;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _next = fetch(null, _cancel.Token);
    }

    /// <summary>Whether more pages follow the one last received, and are wanted.</summary>
    public bool HasMore => _cursor != null && !_window.IsFull;

    /// <summary>The read of the next page; null when none was asked for.</summary>
    public Task<CursorPage<T>>? Next() => _next;

    /// <summary>Takes the page <see cref="Next"/> returned.</summary>
    public void Received(CursorPage<T> page)
    {
        _next = null;
        _cursor = page.Items.Count > 0 ? page.Cursor : null;
    }

    /// <summary>Asks for the page after the one received, unless none is wanted or it was already asked for.</summary>
    public void ReadNext()
    {
        if (HasMore && _next == null)
        {
            _next = _fetch(_cursor, _cancel.Token);
        }
    }

    public void Dispose()
    {
        _cancel.Cancel();
        // Observed, so a cancelled or failed read ahead is not reported as an unobserved exception.
        _next?.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        _cancel.Dispose();
    }
}
