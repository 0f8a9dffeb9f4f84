using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets whether users are online, up to <see cref="EmApiLimits.MaxUsersPerStatusCall"/> users per request across the whole pipeline.</summary>
[Cmdlet(VerbsCommon.Get, "EmUserStatus")]
[OutputType(typeof(EmUserStatus))]
public sealed class GetEmUserStatusCommand : EmBulkCmdlet
{
    private PipelineBatcher<string, EmUserStatus>? _statuses;

    public GetEmUserStatusCommand()
        : base(EmApiFamily.User)
    {
    }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _statuses = NewBatcher<string, EmUserStatus>(EmApiLimits.MaxUsersPerStatusCall, GetStatusesAsync, (_, status) => WriteObject(status), identityOf: name => name);
    }

    protected override void ProcessRecord()
    {
        foreach (var name in ValidUsernames(Username))
        {
            _statuses!.Add(null, name);
        }
    }

    private Task<IReadOnlyList<ItemOutcome<EmUserStatus>>> GetStatusesAsync(string? key, IReadOnlyList<string> usernames, CancellationToken cancellationToken) =>
        Client.GetUserStatusesAsync(usernames, cancellationToken);
}
