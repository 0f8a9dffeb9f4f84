using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Disables (封禁) groups: a disabled group refuses joins and messages and cannot be changed until enabled.</summary>
    [Cmdlet(VerbsLifecycle.Disable, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroup))]
    public sealed class DisableEmGroupCommand : EmGroupCmdlet
    {
        /// <summary>Writes the group as it is afterwards (one more request per group).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                if (ShouldProcess(id, "Disable group"))
                {
                    // Answers the state now in force: disabled is done when it says so.
                    StartGroupChange(id, async ct => await Client.SetGroupDisabledAsync(id, true, ct).ConfigureAwait(false) == true, PassThru, "GroupNotDisabled", "disable group " + id);
                }
            }
        }
    }
}
