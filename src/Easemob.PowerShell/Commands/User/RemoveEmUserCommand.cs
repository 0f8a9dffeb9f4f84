using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Deletes users.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(EmUser))]
    public sealed class RemoveEmUserCommand : EmBulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmUser.Username))]
        public string[] Username { get; set; } = new string[0];

        /// <summary>Deletes without asking for confirmation (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes each deleted user.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var username in ValidUsernames(Username))
            {
                if (ShouldProcessUnlessForced(username, "Remove user", Force))
                {
                    StartItem(username, async cancellationToken =>
                    {
                        var user = await Client.DeleteUserAsync(username, cancellationToken).ConfigureAwait(false);
                        return PassThru ? () => WriteObject(user) : NoWrites;
                    });
                }
            }
        }
    }
}
