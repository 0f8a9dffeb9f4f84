using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Lifts mutes in a chatroom, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> users per request, grouped per chatroom across the pipeline; or, with
/// -All, lifts mute-all. Lifting a mute that is not there succeeds.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "EmChatroomMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = UsersSet)]
[OutputType(typeof(EmChatroomMute), ParameterSetName = new[] { UsersSet })]
[OutputType(typeof(EmChatroom), ParameterSetName = new[] { AllSet })]
public sealed class RemoveEmChatroomMuteCommand : EmRemoveMuteCmdlet
{
    private protected override Task<IReadOnlyList<ItemOutcome<bool>>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        Client.UnmuteChatroomMembersAsync(chatroomId, usernames, cancellationToken);

    private protected override object Unmuted(ChatroomUserItem item) => new EmChatroomMute { ChatroomId = item.ChatroomId, Username = item.Username };
}
