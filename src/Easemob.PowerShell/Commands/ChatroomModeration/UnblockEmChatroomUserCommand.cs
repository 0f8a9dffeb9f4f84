using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Unblocks users of chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the pipeline; they may join again.</summary>
    [Cmdlet(VerbsSecurity.Unblock, "EmChatroomUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmChatroomUser))]
    public sealed class UnblockEmChatroomUserCommand : EmChatroomUserBatchCmdlet<bool>
    {
        protected override string Action => "Unblock";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.UnblockChatroomUsersAsync(chatroomId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmChatroomUser { ChatroomId = item.ChatroomId, Username = item.Username };
    }
}
