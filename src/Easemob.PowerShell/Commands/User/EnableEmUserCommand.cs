using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Lifts the ban of users, so they can log in again.</summary>
[Cmdlet(VerbsLifecycle.Enable, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmUser))]
public sealed class EnableEmUserCommand : EmUserCmdlet
{
    /// <summary>Writes each user after the change (one more request per user: the answer carries none).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var passThru = PassThru.IsPresent;
        StartPerUser(username => ShouldProcess(username, "Enable user"), async (username, cancellationToken) =>
        {
            await Client.ActivateUserAsync(username, cancellationToken).ConfigureAwait(false);
            if (!passThru)
            {
                return NoWrites;
            }
            var user = await Client.GetUserAsync(username, cancellationToken).ConfigureAwait(false);
            return () => WriteObject(user);
        });
    }
}
