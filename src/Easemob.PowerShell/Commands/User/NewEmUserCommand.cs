using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Registers users (e.g. the owners and members a runbook's chatrooms need), up to
/// <see cref="EmApiLimits.MaxUsersPerRegisterCall"/> per request across the whole pipeline (the batch register); a user
/// the server refuses, or a row repeating an earlier row's name, is that row's own error.
/// </summary>
[Cmdlet(VerbsCommon.New, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmUser))]
public sealed class NewEmUserCommand : EmBulkCmdlet
{
    private PipelineBatcher<NewUser, EmUser>? _registrations;
    // Each name this pipeline has taken, as the server compares names: a later row repeating one is refused.
    private readonly Dictionary<string, string> _named = new Dictionary<string, string>(EmApiLimits.UsernameComparer);

    public NewEmUserCommand()
        : base(EmApiFamily.User)
    {
    }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [AllowNull]
    [IdentityTransformation(nameof(EmUser.Username), PipedObjectIsTemplate = true)]
    public string Username { get; set; } = string.Empty;

    /// <summary>The user's login password. Plain text from a CSV column is accepted and kept only as a SecureString.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [SecureStringTransformation]
    public SecureString? Password { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Nickname { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _registrations = NewBatcher<NewUser, EmUser>(EmApiLimits.MaxUsersPerRegisterCall, RegisterAsync, (_, user) => WriteObject(user),
            targetOf: user => user.Username);
    }

    protected override void ProcessRecord()
    {
        // An object without a Username would otherwise be refused quoting its text, which may hold its password.
        var username = Username?.Trim();
        var invalid = MissingIdentity(Username, "InvalidUsername", "user name")
            ?? InputChecks.LegalUsername(username, username)
            ?? InputChecks.Password(Password, username!)
            ?? (_named.TryGetValue(username!, out var earlier) ? InputChecks.RepeatedNewUser(username!, earlier) : null);
        if (invalid != null)
        {
            WriteError(invalid);
            return;
        }
        _named.Add(username!, username!);
        if (!ShouldProcess(username, "Create user"))
        {
            return;
        }
        // A blank nickname (e.g. an empty CSV cell) is not given.
        _registrations!.Add(null, new NewUser(username!, Password!, string.IsNullOrEmpty(Nickname) ? null : Nickname));
    }

    private Task<IReadOnlyList<ItemOutcome<EmUser>>> RegisterAsync(string? key, IReadOnlyList<NewUser> users, CancellationToken cancellationToken) =>
        Client.CreateUsersAsync(users, cancellationToken);
}
