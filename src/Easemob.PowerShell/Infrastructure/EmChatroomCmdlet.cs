using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that act on a chatroom per pipeline item: the one -Id parameter (by value, or by
/// property name from a chatroom object or a CSV's ChatroomId/RoomId column) and the checks of it and of
/// user names made before anything is sent.
/// </summary>
public abstract class EmChatroomCmdlet : EmBulkCmdlet
{
    protected EmChatroomCmdlet(EmApiFamily family = EmApiFamily.ChatroomItem)
        : base(family)
    {
    }

    /// <summary>The chatroom id; from the pipeline as a string or as an object with an Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChatroomId", "RoomId")]
    [ArgumentCompleter(typeof(ChatroomIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmChatroom.Id), nameof(EmChatroomMember.ChatroomId), "RoomId")]
    public string[] Id { get; set; } = new string[0];

    /// <summary>Chatroom, or group for the group cmdlets that reuse this base (they declare their own -Id).</summary>
    private protected virtual RoomKind Room => RoomKind.Chatroom;

    /// <summary>This pipeline item's valid ids, each once; an InvalidChatroomId (InvalidGroupId) error is written for each other one.</summary>
    protected List<string> CheckedIds() => ValidTargets(RoomIds, Room.InvalidIdErrorId, Room.Noun + " id", Room.CheckId, StringComparer.Ordinal);

    /// <summary>The bound -Id: this base's, or the one a group cmdlet declares in its place.</summary>
    private protected virtual string[] RoomIds => Id;

    /// <summary>
    /// The user names trimmed, each once; none at all (as from a blank CSV cell) is an InvalidUsername error targeting
    /// <paramref name="chatroomId"/>, and each name <see cref="InputChecks.LegalUsername"/> refuses is that user's own
    /// error and is left out, so it never reaches the server nor fails the others' batch.
    /// </summary>
    protected List<string> CheckedUsernames(IReadOnlyCollection<string?>? names, string chatroomId)
    {
        if (names == null || names.Count == 0)
        {
            WriteError(InputChecks.Username(null, "InvalidUsername", chatroomId)!);
            return new List<string>();
        }
        return ValidTargets(names, "InvalidUsername", "user name", name => InputChecks.LegalUsername(name?.Trim(), new ChatroomUserItem(chatroomId, name?.Trim() ?? string.Empty)),
            EmApiLimits.UsernameComparer);
    }

    /// <summary>
    /// Writes a roster's members that <paramref name="wanted"/> admits, the first page then the pages after it, while
    /// <paramref name="window"/> (-Skip/-First) wants more (on the pipeline thread; a failed page is the room's error).
    /// </summary>
    private protected void WriteRoster<TMember>(RoomRoster<TMember> roster, PagingWindow window, Func<TMember, bool> wanted)
    {
        for (var (page, pageNum) = (roster.FirstPage, 1); ; pageNum++)
        {
            foreach (var member in page.Where(wanted))
            {
                if (window.IsFull)
                {
                    return;
                }
                if (window.Admit())
                {
                    WriteObject(member);
                }
            }
            var next = pageNum + 1;
            if (!roster.MoreAfter(page) || !TryInvoke(ct => roster.ReadPageAsync(next, ct), roster.RoomId, out page))
            {
                return;
            }
        }
    }

    /// <summary>Starts a read of one chatroom's list per pipeline item, writing its entries when it arrives.</summary>
    protected void StartChatroomRead<T>(Func<string, CancellationToken, Task<IEnumerable<T>>> read)
    {
        foreach (var id in CheckedIds())
        {
            Items.Start(id, async cancellationToken =>
            {
                var entries = await read(id, cancellationToken).ConfigureAwait(false);
                return () => WriteObject(entries, enumerateCollection: true);
            });
        }
    }
}
