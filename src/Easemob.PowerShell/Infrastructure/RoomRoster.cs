using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>The calls and member type of a room's roster: chatroom members or group members (see <see cref="RoomKind"/>).</summary>
internal sealed class RosterCalls<TMember>
{
    public RosterCalls(Func<EasemobClient, string, CancellationToken, Task<IReadOnlyList<string>>> listAdmins,
        Func<EasemobClient, string, int, int, CancellationToken, Task<IReadOnlyList<TMember>>> listPage,
        Func<TMember, string> username, Func<TMember, bool> isPlainMember, Action<TMember> makeAdmin)
    {
        ListAdminsAsync = listAdmins;
        ListPageAsync = listPage;
        Username = username;
        IsPlainMember = isPlainMember;
        MakeAdmin = makeAdmin;
    }

    public Func<EasemobClient, string, CancellationToken, Task<IReadOnlyList<string>>> ListAdminsAsync { get; }

    /// <summary>One page of members (page number, page size): the owner and plain members.</summary>
    public Func<EasemobClient, string, int, int, CancellationToken, Task<IReadOnlyList<TMember>>> ListPageAsync { get; }

    public Func<TMember, string> Username { get; }

    /// <summary>Whether the member list calls it a member (not the owner).</summary>
    public Func<TMember, bool> IsPlainMember { get; }

    /// <summary>Gives a member the admin role.</summary>
    public Action<TMember> MakeAdmin { get; }
}

/// <summary>
/// A chatroom's or group's members with their roles, as the Get- and Sync- member cmdlets read them: the member
/// list names admins as members, so the admin list, read with its first page, tells them apart.
/// </summary>
internal sealed class RoomRoster<TMember>
{
    private readonly EasemobClient _client;
    private readonly RosterCalls<TMember> _calls;

    private RoomRoster(EasemobClient client, RosterCalls<TMember> calls, string roomId, int pageSize, HashSet<string> admins, IReadOnlyList<TMember> firstPage)
    {
        _client = client;
        _calls = calls;
        RoomId = roomId;
        PageSize = pageSize;
        Admins = admins;
        FirstPage = WithRoles(firstPage);
    }

    public string RoomId { get; }

    /// <summary>Members per page.</summary>
    public int PageSize { get; }

    public HashSet<string> Admins { get; }

    public IReadOnlyList<TMember> FirstPage { get; }

    /// <summary>
    /// Reads the admin list and the first page: at once when <paramref name="overlap"/>, else one after the other
    /// (a cmdlet held to one request in flight).
    /// </summary>
    public static async Task<RoomRoster<TMember>> ReadAsync(RosterCalls<TMember> calls, EasemobClient client, string roomId, int pageSize, bool overlap,
        CancellationToken cancellationToken)
    {
        var adminList = calls.ListAdminsAsync(client, roomId, cancellationToken);
        if (!overlap)
        {
            await adminList.ConfigureAwait(false);
        }
        var firstPage = await calls.ListPageAsync(client, roomId, 1, pageSize, cancellationToken).ConfigureAwait(false);
        var admins = new HashSet<string>(await adminList.ConfigureAwait(false), EmApiLimits.UsernameComparer);
        return new RoomRoster<TMember>(client, calls, roomId, pageSize, admins, firstPage);
    }

    /// <summary>Whether a page after <paramref name="page"/> may hold more members (it was full).</summary>
    public bool MoreAfter(IReadOnlyList<TMember> page) => page.Count == PageSize;

    /// <summary>Page <paramref name="pageNum"/> (from 2), with roles.</summary>
    public async Task<IReadOnlyList<TMember>> ReadPageAsync(int pageNum, CancellationToken cancellationToken) =>
        WithRoles(await _calls.ListPageAsync(_client, RoomId, pageNum, PageSize, cancellationToken).ConfigureAwait(false));

    /// <summary>Every member with its role, the owner included: the first page and the pages after it.</summary>
    public async Task<List<TMember>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var all = new List<TMember>(FirstPage);
        for (var (page, pageNum) = (FirstPage, 2); MoreAfter(page); pageNum++)
        {
            page = await ReadPageAsync(pageNum, cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
        }
        return all;
    }

    private IReadOnlyList<TMember> WithRoles(IReadOnlyList<TMember> page)
    {
        foreach (var member in page)
        {
            if (_calls.IsPlainMember(member) && Admins.Contains(_calls.Username(member)))
            {
                _calls.MakeAdmin(member);
            }
        }
        return page;
    }
}
