using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>Base of the super-admin writes: one request per user (the API takes one), repeated names sent once.</summary>
    public abstract class EmSuperAdminCmdlet : EmUserCmdlet
    {
        private readonly HashSet<string> _sent = new HashSet<string>(EmApiLimits.UsernameComparer);

        /// <summary>Writes the super admin changed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected void ChangeSuperAdmins(string action, Func<string, CancellationToken, Task> change)
        {
            var passThru = PassThru.IsPresent;
            StartPerUser(username => _sent.Add(username) && ShouldProcess(username, action), async (username, cancellationToken) =>
            {
                await change(username, cancellationToken).ConfigureAwait(false);
                return passThru ? () => WriteObject(new EmChatroomSuperAdmin { Username = username }) : NoWrites;
            });
        }
    }
}
