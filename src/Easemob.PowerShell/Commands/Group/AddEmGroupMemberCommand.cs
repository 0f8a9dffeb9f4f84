using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Adds users to groups, up to 60 per request, grouped per group across the whole pipeline. A blocked user or a full or disabled group is that user's own error; a user already a member is a success.</summary>
    [Cmdlet(VerbsCommon.Add, "EmGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmGroupMember))]
    public sealed class AddEmGroupMemberCommand : EmGroupUserBatchCmdlet<bool>
    {
        protected override string Action => "Add members";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.AddGroupMembersAsync(groupId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmGroupMember { GroupId = item.ChatroomId, Username = item.Username, Role = EmGroupRole.Member };
    }
}
