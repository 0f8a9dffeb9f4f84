using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Mutes members of a chatroom for a time or permanently, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the
/// pipeline; or, with -All, mutes everyone but the allowlist.
/// </summary>
[Cmdlet(VerbsCommon.Add, "EmChatroomMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UsersSet)]
[OutputType(typeof(EmChatroomMute), ParameterSetName = new[] { UsersSet })]
[OutputType(typeof(EmChatroom), ParameterSetName = new[] { AllSet })]
public sealed class AddEmChatroomMuteCommand : EmAddMuteCmdlet<EmChatroomMute>
{
    private protected override Task<IReadOnlyList<ItemOutcome<EmChatroomMute>>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        Client.MuteChatroomMembersAsync(chatroomId, usernames, MuteDuration, cancellationToken);
}
