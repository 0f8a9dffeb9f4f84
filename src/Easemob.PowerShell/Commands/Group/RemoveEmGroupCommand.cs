using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Deletes (dissolves) groups.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(EmGroup))]
    public sealed class RemoveEmGroupCommand : EmGroupCmdlet
    {
        /// <summary>Deletes without asking for confirmation (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes an object with the id of each deleted group.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                if (ShouldProcessUnlessForced(id, "Remove group", Force))
                {
                    StartItem(id, async cancellationToken =>
                    {
                        var deleted = await Client.DeleteGroupAsync(id, cancellationToken).ConfigureAwait(false);
                        return !deleted ? () => WriteError(ErrorRecords.InvalidOperation("GroupNotRemoved", "The server did not delete group " + id + ".", id))
                            : PassThru ? () => WriteObject(new EmGroup { Id = id })
                            : NoWrites;
                    });
                }
            }
        }
    }
}
