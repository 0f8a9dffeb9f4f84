using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Blocks users from chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the pipeline: the server removes them and refuses them until unblocked. The owner cannot be blocked.</summary>
    [Cmdlet(VerbsSecurity.Block, "EmChatroomUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomUser))]
    public sealed class BlockEmChatroomUserCommand : EmChatroomUserBatchCmdlet<bool>
    {
        protected override string Action => "Block";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.BlockChatroomUsersAsync(chatroomId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmChatroomUser { ChatroomId = item.ChatroomId, Username = item.Username };
    }
}
