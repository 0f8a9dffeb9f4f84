using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Makes users contacts (friends) of each other.</summary>
[Cmdlet(VerbsCommon.Add, "EmUserContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmUserContact))]
public sealed class AddEmUserContactCommand : EmUserPairCmdlet
{
    /// <summary>The users to make contacts of each -Username.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Contact { get; set; } = new string[0];

    /// <summary>Writes each contact made.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var passThru = PassThru.IsPresent;
        StartPerPair(Contact, "InvalidContact", "contact", contact => "Add contact " + contact, async (username, contact, cancellationToken) =>
        {
            await Client.AddContactAsync(username, contact, cancellationToken).ConfigureAwait(false);
            var added = new EmUserContact(username, contact, null);
            return passThru ? () => WriteObject(added) : NoWrites;
        });
    }
}
