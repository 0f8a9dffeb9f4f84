using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Sets the remark a user keeps for a contact (the two must already be contacts).</summary>
[Cmdlet(VerbsCommon.Set, "EmUserContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmUserContact))]
public sealed class SetEmUserContactCommand : EmUserPairCmdlet
{
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Contact { get; set; } = new string[0];

    /// <summary>The remark, at most 100 characters; '' on the command line clears it, a blank CSV cell is not given.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Remark { get; set; } = string.Empty;

    /// <summary>Writes each contact with its new remark.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var target = string.Join(", ", Username);
        var remark = Given(nameof(Remark), Remark);
        if (remark == null)
        {
            WriteError(ErrorRecords.InvalidArgument("NothingToSet", "No remark was given (a blank value from the pipeline is not given; pass -Remark '' to clear one).", target));
            return;
        }
        if (EmApiLimits.CharacterCount(remark) > EmApiLimits.MaxContactRemarkLength)
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidRemark",
                "A remark may hold at most " + EmApiLimits.MaxContactRemarkLength + " characters; this one has " + EmApiLimits.CharacterCount(remark) + ".", target));
            return;
        }

        var passThru = PassThru.IsPresent;
        StartPerPair(Contact, "InvalidContact", "contact", contact => "Set the remark of contact " + contact, async (username, contact, cancellationToken) =>
        {
            var updated = await Client.SetContactRemarkAsync(username, contact, remark, cancellationToken).ConfigureAwait(false);
            return passThru ? () => WriteObject(updated) : NoWrites;
        });
    }
}
