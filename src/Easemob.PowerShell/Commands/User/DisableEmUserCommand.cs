using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Bans users: the server deactivates them (they cannot log in) and logs them out of every device.</summary>
[Cmdlet(VerbsLifecycle.Disable, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmUser))]
public sealed class DisableEmUserCommand : EmUserCmdlet
{
    /// <summary>Writes each banned user as the server reports it (Activated false).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var passThru = PassThru.IsPresent;
        StartPerUser(username => ShouldProcess(username, "Disable user (ban and log out)"), async (username, cancellationToken) =>
        {
            var user = await Client.DeactivateUserAsync(username, cancellationToken).ConfigureAwait(false);
            return passThru ? () => WriteObject(user) : NoWrites;
        });
    }
}
