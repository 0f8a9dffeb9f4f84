using System.Management.Automation;

namespace Easemob.PowerShell.Commands;

/// <summary>Removes every attribute (the whole profile) of users; a user without any is not an error.</summary>
[Cmdlet(VerbsCommon.Remove, "EmUserAttribute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveEmUserAttributeCommand : EmUserCmdlet
{
    /// <summary>Removes without asking for confirmation (-WhatIf still only reports).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        var force = Force.IsPresent;
        StartPerUser(username => ShouldProcessUnlessForced(username, "Remove every attribute", force), async (username, cancellationToken) =>
        {
            await Client.RemoveUserAttributesAsync(username, cancellationToken).ConfigureAwait(false);
            return NoWrites;
        });
    }
}
