using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Removes members from groups, up to 60 per request, grouped per group across the whole pipeline. The owner or a user that was not a member is that user's own error; the others are removed.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroupMember))]
    public sealed class RemoveEmGroupMemberCommand : EmGroupUserBatchCmdlet<bool>
    {
        protected override string Action => "Remove members";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.RemoveGroupMembersAsync(groupId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmGroupMember { GroupId = item.ChatroomId, Username = item.Username, Role = EmGroupRole.Member };
    }
}
