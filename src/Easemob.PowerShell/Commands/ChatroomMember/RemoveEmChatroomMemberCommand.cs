using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Removes members from chatrooms, up to <see cref="EmApiLimits.MaxUsersPerChatroomBatch"/> per request, grouped per chatroom across the whole pipeline. A user
    /// that was not a member is that user's own error; the others are removed.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EmChatroomMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroomMember))]
    public sealed class RemoveEmChatroomMemberCommand : EmChatroomUserBatchCmdlet<bool>
    {
        protected override string Action => "Remove members";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.RemoveChatroomMembersAsync(chatroomId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmChatroomMember { ChatroomId = item.ChatroomId, Username = item.Username, Role = EmChatroomRole.Member };
    }
}
