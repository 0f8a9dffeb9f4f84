using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Puts members on groups' allowlists, up to 60 per request, grouped per group across the pipeline: a mute-all does not silence them.</summary>
    [Cmdlet(VerbsCommon.Add, "EmGroupAllowedUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmGroupUser))]
    public sealed class AddEmGroupAllowedUserCommand : EmGroupUserBatchCmdlet<bool>
    {
        protected override string Action => "Allow";

        private protected override Task<ChatroomUserBatchResult<bool>> SendAsync(string groupId, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
            Client.AllowGroupUsersAsync(groupId, usernames, cancellationToken);

        protected override object PassThruObject(ChatroomUserItem item, bool result) =>
            new EmGroupUser { GroupId = item.ChatroomId, Username = item.Username };
    }
}
