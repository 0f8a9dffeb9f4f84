using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Enables (解禁) disabled groups again.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(EmGroup))]
    public sealed class EnableEmGroupCommand : EmGroupCmdlet
    {
        /// <summary>Writes the group as it is afterwards (one more request per group).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                if (ShouldProcess(id, "Enable group"))
                {
                    // Answers the state now in force: enabled is done when it says so.
                    StartGroupChange(id, async ct => await Client.SetGroupDisabledAsync(id, false, ct).ConfigureAwait(false) == false, PassThru, "GroupNotEnabled", "enable group " + id);
                }
            }
        }
    }
}
