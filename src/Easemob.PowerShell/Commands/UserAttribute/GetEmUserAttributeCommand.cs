using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Gets users' attributes (profiles), up to 100 users per request across the whole pipeline (the batch get):
/// the well-known profile keys, or the keys given by -Name.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmUserAttribute")]
[OutputType(typeof(EmUserAttribute))]
public sealed class GetEmUserAttributeCommand : EmBulkCmdlet
{
    private PipelineBatcher<string, EmUserAttribute>? _reads;
    private IReadOnlyList<string> _keys = EmApiLimits.WellKnownUserAttributes.Keys.ToArray();

    public GetEmUserAttributeCommand()
        : base(EmApiFamily.UserAttributeRead)
    {
    }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>The attribute names to read; by default the well-known profile keys (nickname, avatarurl, …).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (Name != null)
        {
            _keys = Name.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToArray();
            if (_keys.Count == 0)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidAttributeName", "-Name needs at least one non-blank attribute name.", null));
            }
        }
        _reads = NewBatcher<string, EmUserAttribute>(EmApiLimits.MaxUsersPerAttributeBatch, ReadAsync, (_, attributes) => WriteObject(attributes), identityOf: name => name);
    }

    protected override void ProcessRecord()
    {
        foreach (var name in ValidUsernames(Username))
        {
            _reads!.Add(null, name);
        }
    }

    private async Task<IReadOnlyList<ItemOutcome<EmUserAttribute>>> ReadAsync(string? key, IReadOnlyList<string> usernames, CancellationToken cancellationToken)
    {
        var attributes = await Client.GetUserAttributesAsync(usernames, _keys, cancellationToken).ConfigureAwait(false);
        return attributes.Select(ItemOutcome<EmUserAttribute>.Success).ToArray();
    }
}
