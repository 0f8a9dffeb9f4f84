using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Imports contacts with the import call: each user's contacts from the whole pipeline go in requests of up to 10,
/// and each contact the service refuses (unknown user, full list) is that contact's own error.
/// </summary>
[Cmdlet(VerbsData.Import, "EmUserContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmUserContact))]
public sealed class ImportEmUserContactCommand : EmUserPairCmdlet
{
    private PipelineBatcher<(string Username, string Other), EmUserContact>? _imports;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Contact { get; set; } = new string[0];

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _imports = NewPairBatcher<EmUserContact>(EmApiLimits.MaxContactsPerImport, ImportAsync, (_, contact) => WriteObject(contact));
    }

    protected override void ProcessRecord()
    {
        QueuePairs(_imports!, Contact, "InvalidContact", "contact", contact => "Import contact " + contact);
    }

    private Task<IReadOnlyList<ItemOutcome<EmUserContact>>> ImportAsync(string? key, IReadOnlyList<(string Username, string Other)> pairs, CancellationToken cancellationToken) =>
        Client.ImportContactsAsync(pairs[0].Username, pairs.Select(p => p.Other).ToArray(), cancellationToken);
}
