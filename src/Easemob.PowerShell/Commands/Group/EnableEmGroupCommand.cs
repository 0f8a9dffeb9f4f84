using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Enables (解禁) disabled groups again: Disable-EmGroup setting the other state.</summary>
[Cmdlet(VerbsLifecycle.Enable, "EmGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmGroup))]
public sealed class EnableEmGroupCommand : DisableEmGroupCommand
{
    private protected override bool Disabled => false;
}
