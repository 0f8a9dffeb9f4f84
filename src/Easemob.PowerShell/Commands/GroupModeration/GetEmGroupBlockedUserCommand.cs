using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets groups' blocklists: the users who cannot join until unblocked.</summary>
[Cmdlet(VerbsCommon.Get, "EmGroupBlockedUser")]
[OutputType(typeof(EmGroupUser))]
public sealed class GetEmGroupBlockedUserCommand : EmGroupCmdlet
{
    protected override void ProcessRecord() =>
        StartChatroomRead(async (id, cancellationToken) =>
            (await Client.ListGroupBlockedUsersAsync(id, cancellationToken).ConfigureAwait(false)).Select(user => new EmGroupUser { GroupId = id, Username = user }));
}
