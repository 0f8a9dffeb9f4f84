using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets chatrooms' allowlists: the users who may speak under mute-all and are not removed when offline.</summary>
[Cmdlet(VerbsCommon.Get, "EmChatroomAllowedUser")]
[OutputType(typeof(EmChatroomUser))]
public sealed class GetEmChatroomAllowedUserCommand : EmChatroomCmdlet
{
    protected override void ProcessRecord() =>
        StartChatroomRead(async (id, cancellationToken) =>
            (await Client.ListChatroomAllowedUsersAsync(id, cancellationToken).ConfigureAwait(false)).Select(user => new EmChatroomUser { ChatroomId = id, Username = user }));
}
