using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Disables (封禁) groups: a disabled group refuses joins and messages and cannot be changed until enabled.</summary>
[Cmdlet(VerbsLifecycle.Disable, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGroup))]
public class DisableEmGroupCommand : EmGroupCmdlet
{
    /// <summary>Writes the group as it is afterwards (one more request per group).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The state this cmdlet sets: Enable-EmGroup is this cmdlet setting false.</summary>
    private protected virtual bool Disabled => true;

    protected override void ProcessRecord()
    {
        var (disabled, verb) = (Disabled, Disabled ? "disable" : "enable");
        foreach (var id in CheckedIds())
        {
            if (ShouldProcess(id, (disabled ? "Disable" : "Enable") + " group"))
            {
                // The answer is the state now in force: done when it is the one asked for.
                StartGroupChange(id, async ct => await Client.SetGroupDisabledAsync(id, disabled, ct).ConfigureAwait(false) == disabled,
                    PassThru, disabled ? "GroupNotDisabled" : "GroupNotEnabled", verb + " group " + id);
            }
        }
    }
}
