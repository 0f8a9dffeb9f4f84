using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// What the chatroom cmdlet bases do differently for groups: the noun in confirmations and messages, the check of
/// an id, the mute-all call, the room and member objects written. The chatroom and group APIs mirror each other,
/// so the group cmdlets reuse the chatroom bases with this as their parameter.
/// </summary>
internal sealed class RoomKind
{
    /// <summary>How a chatroom's members are read with their roles.</summary>
    public static readonly RosterCalls<EmChatroomMember> ChatroomRoster = new RosterCalls<EmChatroomMember>(
        (client, id, ct) => client.ListChatroomAdminsAsync(id, ct),
        (client, id, pageNum, pageSize, ct) => client.ListChatroomMembersAsync(id, pageNum, pageSize, ct),
        m => m.Username, m => m.Role == EmChatroomRole.Member, m => m.Role = EmChatroomRole.Admin);

    /// <summary>How a group's members are read with their roles.</summary>
    public static readonly RosterCalls<EmGroupMember> GroupRoster = new RosterCalls<EmGroupMember>(
        (client, id, ct) => client.ListGroupAdminsAsync(id, ct),
        (client, id, pageNum, pageSize, ct) => client.ListGroupMembersAsync(id, pageNum, pageSize, ct),
        m => m.Username, m => m.Role == EmGroupRole.Member, m => m.Role = EmGroupRole.Admin);

    public static readonly RoomKind Chatroom = new RoomKind("chatroom", "InvalidChatroomId", InputChecks.ChatroomId,
        (client, id, muted, ct) => client.SetChatroomMuteAllAsync(id, muted, ct),
        async (client, id, ct) => await GetOneAsync(client.GetChatroomDetailsAsync, id, ct).ConfigureAwait(false),
        (id, user, admin) => new EmChatroomMember { ChatroomId = id, Username = user, Role = admin ? EmChatroomRole.Admin : EmChatroomRole.Member })
    {
        ReadMembersAsync = async (client, id, pageSize, overlap, ct) =>
            (await ReadAllAsync(ChatroomRoster, client, id, pageSize, overlap, ct).ConfigureAwait(false))
                .Select(m => (m.Username, m.Role == EmChatroomRole.Owner, m.Role == EmChatroomRole.Admin)).ToArray(),
        AddMembersAsync = (client, id, users, ct) => client.AddChatroomMembersAsync(id, users, ct),
        RemoveMembersAsync = (client, id, users, ct) => client.RemoveChatroomMembersAsync(id, users, ct),
        SyncResult = (id, added, removed, unchanged, failed) => new EmChatroomSyncResult { ChatroomId = id, Added = added, Removed = removed, Unchanged = unchanged, Failed = failed },
        Title = "Chatroom",
        DeleteAsync = (client, id, ct) => client.DeleteChatroomAsync(id, ct),
        TransferOwnerAsync = (client, id, owner, ct) => client.TransferChatroomOwnerAsync(id, owner, ct),
        IdOnly = id => new EmChatroom { Id = id },
        GetAnnouncementAsync = async (client, id, ct) => await client.GetChatroomAnnouncementAsync(id, ct).ConfigureAwait(false),
        SetAnnouncementAsync = (client, id, text, ct) => client.SetChatroomAnnouncementAsync(id, text, ct),
        Announcement = (id, text) => new EmChatroomAnnouncement { ChatroomId = id, Announcement = text },
    };

    public static readonly RoomKind Group = new RoomKind("group", "InvalidGroupId", InputChecks.GroupId,
        (client, id, muted, ct) => client.SetGroupMuteAllAsync(id, muted, ct),
        async (client, id, ct) => await GetOneAsync(client.GetGroupDetailsAsync, id, ct).ConfigureAwait(false),
        (id, user, admin) => new EmGroupMember { GroupId = id, Username = user, Role = admin ? EmGroupRole.Admin : EmGroupRole.Member })
    {
        ReadMembersAsync = async (client, id, pageSize, overlap, ct) =>
            (await ReadAllAsync(GroupRoster, client, id, Math.Min(pageSize, EmApiLimits.MaxGroupPageSize), overlap, ct).ConfigureAwait(false))
                .Select(m => (m.Username, m.Role == EmGroupRole.Owner, m.Role == EmGroupRole.Admin)).ToArray(),
        AddMembersAsync = (client, id, users, ct) => client.AddGroupMembersAsync(id, users, ct),
        RemoveMembersAsync = (client, id, users, ct) => client.RemoveGroupMembersAsync(id, users, ct),
        SyncResult = (id, added, removed, unchanged, failed) => new EmGroupSyncResult { GroupId = id, Added = added, Removed = removed, Unchanged = unchanged, Failed = failed },
        Title = "Group",
        DeleteAsync = (client, id, ct) => client.DeleteGroupAsync(id, ct),
        TransferOwnerAsync = (client, id, owner, ct) => client.TransferGroupOwnerAsync(id, owner, ct),
        IdOnly = id => new EmGroup { Id = id },
        GetAnnouncementAsync = async (client, id, ct) => await client.GetGroupAnnouncementAsync(id, ct).ConfigureAwait(false),
        SetAnnouncementAsync = (client, id, text, ct) => client.SetGroupAnnouncementAsync(id, text, ct),
        Announcement = (id, text) => new EmGroupAnnouncement { GroupId = id, Announcement = text },
    };

    private RoomKind(string noun, string invalidIdErrorId, Func<string?, ErrorRecord?> checkId,
        Func<EasemobClient, string, bool, CancellationToken, Task<bool>> setMuteAll,
        Func<EasemobClient, string, CancellationToken, Task<object>> get,
        Func<string, string, bool, object> member)
    {
        Noun = noun;
        InvalidIdErrorId = invalidIdErrorId;
        CheckId = checkId;
        SetMuteAllAsync = setMuteAll;
        GetAsync = get;
        Member = member;
    }

    /// <summary>"chatroom" or "group".</summary>
    public string Noun { get; }

    /// <summary>The error id of an id that cannot be sent.</summary>
    public string InvalidIdErrorId { get; }

    /// <summary>The error for an id that cannot be sent, or null.</summary>
    public Func<string?, ErrorRecord?> CheckId { get; }

    /// <summary>Turns mute-all on or off; answers the state now in force.</summary>
    public Func<EasemobClient, string, bool, CancellationToken, Task<bool>> SetMuteAllAsync { get; }

    /// <summary>One room's details (EmChatroom or EmGroup); its 404 when there is none.</summary>
    public Func<EasemobClient, string, CancellationToken, Task<object>> GetAsync { get; }

    /// <summary>The member object written for (room id, user name, is admin).</summary>
    public Func<string, string, bool, object> Member { get; }

    /// <summary>
    /// Every member with its role (page size, whether the admin list and first page may be read at once):
    /// each with whether it is the owner, an admin.
    /// </summary>
    public Func<EasemobClient, string, int, bool, CancellationToken, Task<(string Username, bool Owner, bool Admin)[]>> ReadMembersAsync { get; private set; } = null!;

    public Func<EasemobClient, string, IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<ItemOutcome<bool>>>> AddMembersAsync { get; private set; } = null!;

    public Func<EasemobClient, string, IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<ItemOutcome<bool>>>> RemoveMembersAsync { get; private set; } = null!;

    /// <summary>"Chatroom" or "Group": the noun in error ids such as ChatroomNotRemoved.</summary>
    public string Title { get; private set; } = null!;

    /// <summary>Deletes a room; true when the server reports it done.</summary>
    public Func<EasemobClient, string, CancellationToken, Task<bool>> DeleteAsync { get; private set; } = null!;

    /// <summary>Transfers a room to a new owner; true when the server reports it done.</summary>
    public Func<EasemobClient, string, string, CancellationToken, Task<bool>> TransferOwnerAsync { get; private set; } = null!;

    /// <summary>A room object with only its id (what a removal's -PassThru writes).</summary>
    public Func<string, object> IdOnly { get; private set; } = null!;

    /// <summary>A room's announcement object.</summary>
    public Func<EasemobClient, string, CancellationToken, Task<object>> GetAnnouncementAsync { get; private set; } = null!;

    public Func<EasemobClient, string, string, CancellationToken, Task<bool>> SetAnnouncementAsync { get; private set; } = null!;

    /// <summary>The announcement object written for (id, text).</summary>
    public Func<string, string, object> Announcement { get; private set; } = null!;

    /// <summary>What a member sync writes: (id, added, removed, unchanged, failed).</summary>
    public Func<string, string[], string[], int, string[], object> SyncResult { get; private set; } = null!;

    private static async Task<List<TMember>> ReadAllAsync<TMember>(RosterCalls<TMember> calls, EasemobClient client, string id, int pageSize, bool overlap,
        CancellationToken cancellationToken)
    {
        var roster = await RoomRoster<TMember>.ReadAsync(calls, client, id, pageSize, overlap, cancellationToken).ConfigureAwait(false);
        return await roster.ReadAllAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> GetOneAsync<T>(Func<string[], CancellationToken, Task<DetailsResult<T>>> details, string id, CancellationToken cancellationToken)
    {
        var result = await details(new[] { id }, cancellationToken).ConfigureAwait(false);
        return result.Missing.Count > 0 ? throw result.Missing[0] : result.Found[0];
    }
}
