using System.Management.Automation;

namespace Easemob.PowerShell.Commands;

/// <summary>Removes users from users' block lists.</summary>
[Cmdlet(VerbsSecurity.Unblock, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class UnblockEmUserCommand : EmUserPairCmdlet
{
    /// <summary>The users to remove from each -Username's block list.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] BlockedUser { get; set; } = new string[0];

    protected override void ProcessRecord()
    {
        StartPerPair(BlockedUser, "InvalidBlockedUser", "blocked user", blocked => "Unblock " + blocked, async (username, blocked, cancellationToken) =>
        {
            await Client.UnblockUserAsync(username, blocked, cancellationToken).ConfigureAwait(false);
            return NoWrites;
        });
    }
}
