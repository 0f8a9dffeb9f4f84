using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets groups' allowlists: the members a mute-all does not silence.</summary>
[Cmdlet(VerbsCommon.Get, "EmGroupAllowedUser")]
[OutputType(typeof(EmGroupUser))]
public sealed class GetEmGroupAllowedUserCommand : EmGroupCmdlet
{
    protected override void ProcessRecord() =>
        StartChatroomRead(async (id, cancellationToken) =>
            (await Client.ListGroupAllowedUsersAsync(id, cancellationToken).ConfigureAwait(false)).Select(user => new EmGroupUser { GroupId = id, Username = user }));
}
