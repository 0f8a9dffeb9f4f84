using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Takes users off groups' blocklists, up to 60 per request, grouped per group across the pipeline.</summary>
    [Cmdlet(VerbsSecurity.Unblock, "EmGroupUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmGroupUser))]
    public sealed class UnblockEmGroupUserCommand : EmGroupUserBatchCmdlet<bool>
    {
        protected override string Action => "Unblock";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.UnblockGroupUsersAsync(groupId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmGroupUser { GroupId = item.ChatroomId, Username = item.Username };
    }
}
