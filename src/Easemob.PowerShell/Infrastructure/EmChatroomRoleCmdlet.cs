using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the admin cmdlets: the API changes one user's role per request, so each user is its own started
    /// item (-ThrottleLimit in flight), repeated names (case-insensitive) sent once per chatroom.
    /// </summary>
    public abstract class EmChatroomRoleCmdlet : EmChatroomUsersCmdlet
    {
        private readonly HashSet<string> _sent = new HashSet<string>(EmApiLimits.UsernameComparer);

        /// <summary>Writes the member with its new role.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Checks, confirms and starts <paramref name="change"/> for each user of this pipeline item.</summary>
        protected void ChangeRole(string action, EmChatroomRole newRole, Func<string, string, CancellationToken, Task> change)
        {
            var passThru = PassThru.IsPresent;
            foreach (var (id, usernames) in TakeInput(action))
            {
                foreach (var username in usernames)
                {
                    if (!_sent.Add(id + "\n" + username))
                    {
                        continue;
                    }
                    var item = new ChatroomUserItem(id, username);
                    StartItem(item, async cancellationToken =>
                    {
                        await change(item.ChatroomId, item.Username, cancellationToken).ConfigureAwait(false);
                        return passThru
                            ? () => WriteObject(Room.Member(item.ChatroomId, item.Username, newRole == EmChatroomRole.Admin))
                            : NoWrites;
                    });
                }
            }
        }
    }
}
