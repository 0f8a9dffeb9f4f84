using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Blocks members from groups, up to 60 per request, grouped per group across the pipeline: the server removes them and refuses them until unblocked. The owner cannot be blocked.</summary>
    [Cmdlet(VerbsSecurity.Block, "EmGroupUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroupUser))]
    public sealed class BlockEmGroupUserCommand : EmGroupUserBatchCmdlet<bool>
    {
        protected override string Action => "Block";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.BlockGroupUsersAsync(groupId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmGroupUser { GroupId = item.ChatroomId, Username = item.Username };
    }
}
