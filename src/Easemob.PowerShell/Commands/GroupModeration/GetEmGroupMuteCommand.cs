using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the members muted in groups (the group's own mute list, not global mutes).</summary>
[Cmdlet(VerbsCommon.Get, "EmGroupMute")]
[OutputType(typeof(EmGroupMute))]
public sealed class GetEmGroupMuteCommand : EmGroupCmdlet
{
    protected override void ProcessRecord() =>
        StartChatroomRead<EmGroupMute>(async (id, cancellationToken) => await Client.ListGroupMutesAsync(id, cancellationToken).ConfigureAwait(false));
}
