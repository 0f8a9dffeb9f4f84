using System.Management.Automation;

namespace Easemob.PowerShell;

/// <summary>
/// Applies -Skip and -First to a stream of items, so readers can stop requesting pages as soon as
/// enough has been read.
/// </summary>
internal sealed class PagingWindow
{
    private ulong _toSkip;
    private ulong _toTake;

    public PagingWindow(PagingParameters paging)
        : this(paging.Skip, paging.First)
    {
    }

    private PagingWindow(ulong skip, ulong first)
    {
        _toSkip = skip;
        _toTake = first;
    }

    /// <summary>Every item: for a listing without -Skip and -First.</summary>
    public static PagingWindow Everything() => new PagingWindow(0, ulong.MaxValue);

    /// <summary>True once -First items have been taken: nothing more needs to be read.</summary>
    public bool IsFull => _toTake == 0;

    /// <summary>How many more items the reader needs to see (skipped ones included), capped at <paramref name="cap"/>.</summary>
    public int Needed(int cap)
    {
        var needed = StillNeeded;
        return needed > (ulong)cap ? cap : (int)needed;
    }

    /// <summary>How many pages of <paramref name="pageSize"/> hold the items still needed (skipped ones included); int.MaxValue when unbounded.</summary>
    public int PagesNeeded(int pageSize)
    {
        var needed = StillNeeded;
        var pages = needed / (ulong)pageSize + (needed % (ulong)pageSize == 0 ? 0UL : 1UL);
        return pages > int.MaxValue ? int.MaxValue : (int)pages;
    }

    /// <summary>Items still to read, skipped ones included; ulong.MaxValue when -Skip plus -First overflows.</summary>
    private ulong StillNeeded
    {
        get
        {
            var needed = _toSkip + _toTake;
            return needed < _toTake ? ulong.MaxValue : needed;
        }
    }

    /// <summary>How many items <see cref="Admit"/> was offered: for items named by the user, their exact total.</summary>
    public ulong Offered { get; private set; }

    /// <summary>Counts one item; true when it falls inside the window and should be written.</summary>
    public bool Admit()
    {
        Offered++;
        if (_toSkip > 0)
        {
            _toSkip--;
            return false;
        }
        if (_toTake == 0)
        {
            return false;
        }
        _toTake--;
        return true;
    }
}
