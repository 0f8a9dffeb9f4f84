using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Adds users to users' block lists: each user's blocked users from the whole pipeline go in requests of up to 50.
/// </summary>
[Cmdlet(VerbsSecurity.Block, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmUserBlockedUser))]
public sealed class BlockEmUserCommand : EmUserPairCmdlet
{
    private PipelineBatcher<(string Username, string Other), EmUserBlockedUser>? _blocks;

    /// <summary>The users to add to each -Username's block list.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] BlockedUser { get; set; } = new string[0];

    /// <summary>Writes each user blocked.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        var passThru = PassThru.IsPresent;
        _blocks = NewPairBatcher<EmUserBlockedUser>(EmApiLimits.MaxUsersPerBlockCall, BlockAsync, (_, blocked) => { if (passThru) WriteObject(blocked); });
    }

    protected override void ProcessRecord()
    {
        QueuePairs(_blocks!, BlockedUser, "InvalidBlockedUser", "blocked user", blocked => "Block " + blocked);
    }

    /// <summary>The call blocks all of them or answers an error for the whole request (an unknown user: 404).</summary>
    private async Task<IReadOnlyList<ItemOutcome<EmUserBlockedUser>>> BlockAsync(string? key, IReadOnlyList<(string Username, string Other)> pairs, CancellationToken cancellationToken)
    {
        await Client.BlockUsersAsync(pairs[0].Username, pairs.Select(p => p.Other).ToArray(), cancellationToken).ConfigureAwait(false);
        return pairs.Select(p => ItemOutcome<EmUserBlockedUser>.Success(new EmUserBlockedUser(p.Username, p.Other))).ToArray();
    }
}
