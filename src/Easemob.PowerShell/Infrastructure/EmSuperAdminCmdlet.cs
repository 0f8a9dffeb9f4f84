using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>Base of the super-admin writes: one request per user (the API takes one), repeated names sent once.</summary>
    public abstract class EmSuperAdminCmdlet : EmBulkCmdlet
    {
        private readonly HashSet<string> _sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>User names, also from the pipeline (strings, or objects with a Username property).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmChatroomSuperAdmin.Username))]
        public string[] Username { get; set; } = new string[0];

        /// <summary>Writes the super admin changed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected void ChangeSuperAdmins(string action, Func<string, CancellationToken, Task> change)
        {
            var passThru = PassThru.IsPresent;
            foreach (var username in ValidUsernames(Username))
            {
                if (!_sent.Add(username) || !ShouldProcess(username, action))
                {
                    continue;
                }
                StartItem(username, async cancellationToken =>
                {
                    await change(username, cancellationToken).ConfigureAwait(false);
                    return passThru ? () => WriteObject(new EmChatroomSuperAdmin { Username = username }) : NoWrites;
                });
            }
        }
    }
}
