using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Deletes users.</summary>
[Cmdlet(VerbsCommon.Remove, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(EmUser))]
public sealed class RemoveEmUserCommand : EmUserCmdlet
{
    /// <summary>Deletes without asking for confirmation (-WhatIf still only reports).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes each deleted user.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var passThru = PassThru.IsPresent;
        StartPerUser(username => ShouldProcessUnlessForced(username, "Remove user", Force), async (username, cancellationToken) =>
        {
            var user = await Client.DeleteUserAsync(username, cancellationToken).ConfigureAwait(false);
            return passThru ? () => WriteObject(user) : NoWrites;
        });
    }
}
