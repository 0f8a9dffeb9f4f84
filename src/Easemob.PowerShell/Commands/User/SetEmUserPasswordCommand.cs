using System.Management.Automation;
using System.Security;

namespace Easemob.PowerShell.Commands;

/// <summary>Sets users' login passwords (no old password needed). The password stays a SecureString until the request body is written.</summary>
[Cmdlet(VerbsCommon.Set, "EmUserPassword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class SetEmUserPasswordCommand : EmUserCmdlet
{
    /// <summary>The new password. Plain text from a CSV column is accepted and kept only as a SecureString.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [SecureStringTransformation]
    public SecureString? Password { get; set; }

    /// <summary>Sets without asking for confirmation (-WhatIf still only reports).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        var invalid = InputChecks.Password(Password, string.Join(", ", Username));
        if (invalid != null)
        {
            WriteError(invalid);
            return;
        }
        var password = Password!;
        var force = Force.IsPresent;
        StartPerUser(username => ShouldProcessUnlessForced(username, "Set password", force), async (username, cancellationToken) =>
        {
            await Client.SetUserPasswordAsync(username, password, cancellationToken).ConfigureAwait(false);
            return NoWrites;
        });
    }
}
