using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the users muted in chatrooms (the chatroom's own mute list, not global mutes).</summary>
[Cmdlet(VerbsCommon.Get, "EmChatroomMute")]
[OutputType(typeof(EmChatroomMute))]
public sealed class GetEmChatroomMuteCommand : EmChatroomCmdlet
{
    protected override void ProcessRecord() =>
        StartChatroomRead<EmChatroomMute>(async (id, cancellationToken) => await Client.ListChatroomMutesAsync(id, cancellationToken).ConfigureAwait(false));
}
