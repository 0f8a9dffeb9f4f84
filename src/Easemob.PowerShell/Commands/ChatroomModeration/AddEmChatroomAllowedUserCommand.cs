using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Adds members to chatrooms' allowlists, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the pipeline.</summary>
    [Cmdlet(VerbsCommon.Add, "EmChatroomAllowedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmChatroomUser))]
    public sealed class AddEmChatroomAllowedUserCommand : EmChatroomUserBatchCmdlet<bool>
    {
        protected override string Action => "Add to the allowlist";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.AllowChatroomUsersAsync(chatroomId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmChatroomUser { ChatroomId = item.ChatroomId, Username = item.Username };
    }
}
