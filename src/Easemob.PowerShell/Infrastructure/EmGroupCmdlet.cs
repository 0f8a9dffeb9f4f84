using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that act on a group per pipeline item: the chatroom machinery (<see cref="EmChatroomCmdlet"/>)
/// with the group's -Id (by value, or by property name from a group object or a CSV's GroupId column).
/// </summary>
public abstract class EmGroupCmdlet : EmChatroomCmdlet
{
    protected EmGroupCmdlet()
        : base(EmApiFamily.GroupItem)
    {
    }

    /// <summary>The group id; from the pipeline as a string or as an object with an Id or GroupId property.</summary>
    /// <remarks>Hides the chatroom -Id: PowerShell binds the most derived parameter of a name.</remarks>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId")]
    [ArgumentCompleter(typeof(GroupIdCompleter))]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmGroup.Id), nameof(EmGroupMember.GroupId))]
    public new string[] Id { get; set; } = new string[0];

    private protected override RoomKind Room => RoomKind.Group;

    private protected override string[] RoomIds => Id;

    /// <summary>
    /// Starts one change of a group (the per-group writers' one shape): <paramref name="change"/> answers whether
    /// the server reports it done; not done is a <paramref name="notDoneErrorId"/> error ("The server did not
    /// <paramref name="notDone"/>."), done with
    /// <paramref name="passThru"/> writes the group as it is after the change (one more request).
    /// </summary>
    protected void StartGroupChange(string id, Func<CancellationToken, Task<bool>> change, bool passThru, string notDoneErrorId, string notDone)
    {
        var client = Client;
        Items.Start(id, async cancellationToken =>
        {
            var done = await change(cancellationToken).ConfigureAwait(false);
            var after = done && passThru ? await RoomKind.Group.GetAsync(client, id, cancellationToken).ConfigureAwait(false) : null;
            return () =>
            {
                if (!done)
                {
                    WriteError(ErrorRecords.InvalidOperation(notDoneErrorId, "The server did not " + notDone + ".", id));
                }
                else if (after != null)
                {
                    WriteObject(after);
                }
            };
        });
    }
}
