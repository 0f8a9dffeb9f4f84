using System.Management.Automation;

namespace Easemob.PowerShell.Commands;

/// <summary>Removes contacts (for both users: contacts are mutual).</summary>
[Cmdlet(VerbsCommon.Remove, "EmUserContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class RemoveEmUserContactCommand : EmUserPairCmdlet
{
    /// <summary>The contacts to remove from each -Username's list.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Contact { get; set; } = new string[0];

    protected override void ProcessRecord()
    {
        StartPerPair(Contact, "InvalidContact", "contact", contact => "Remove contact " + contact, async (username, contact, cancellationToken) =>
        {
            await Client.RemoveContactAsync(username, contact, cancellationToken).ConfigureAwait(false);
            return NoWrites;
        });
    }
}
