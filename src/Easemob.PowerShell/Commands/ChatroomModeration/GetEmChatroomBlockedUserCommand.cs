using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets chatrooms' blocklists: the users who cannot join until unblocked.</summary>
[Cmdlet(VerbsCommon.Get, "EmChatroomBlockedUser")]
[OutputType(typeof(EmChatroomUser))]
public sealed class GetEmChatroomBlockedUserCommand : EmChatroomCmdlet
{
    protected override void ProcessRecord() =>
        StartChatroomRead(async (id, cancellationToken) =>
            (await Client.ListChatroomBlockedUsersAsync(id, cancellationToken).ConfigureAwait(false)).Select(user => new EmChatroomUser { ChatroomId = id, Username = user }));
}
