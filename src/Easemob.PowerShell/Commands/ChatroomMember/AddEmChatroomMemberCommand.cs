using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Adds users to chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the whole pipeline. A user
    /// already in the chatroom is a success.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmChatroomMember))]
    public sealed class AddEmChatroomMemberCommand : EmChatroomUserBatchCmdlet<bool>
    {
        protected override string Action => "Add members";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.AddChatroomMembersAsync(chatroomId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmChatroomMember { ChatroomId = item.ChatroomId, Username = item.Username, Role = EmChatroomRole.Member };
    }
}
