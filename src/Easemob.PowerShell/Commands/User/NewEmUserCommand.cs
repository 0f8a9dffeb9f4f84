using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Registers users (e.g. the owners and members a runbook's chatrooms need), up to 60 per request across the
    /// whole pipeline (the batch register); a user the server refuses is that user's own error.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmUser))]
    public sealed class NewEmUserCommand : EmBulkCmdlet
    {
        private PipelineBatcher<NewUser, EmUser>? _registrations;

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
                targetOf: user => user.Username, identityOf: user => user.Username);
        }

        protected override void ProcessRecord()
        {
            // An object without a Username would otherwise be refused quoting its text, which may hold its password.
            var invalid = MissingIdentity(Username, "InvalidUsername", "user name")
                ?? InputChecks.Username(Username, "InvalidUsername", Username)
                // The server refuses a whole batch for one illegal name, so each name is checked before it joins a batch.
                ?? InputChecks.LegalUsername(Username.Trim())
                ?? (Password == null || Password.Length == 0 ? ErrorRecords.InvalidArgument("InvalidPassword", "A password cannot be empty.", Username) : null);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
            var username = Username.Trim();
            if (!ShouldProcess(username, "Create user"))
            {
                return;
            }
            // A blank nickname (e.g. an empty CSV cell) is not given.
            _registrations!.Add(null, new NewUser(username, Password!, string.IsNullOrEmpty(Nickname) ? null : Nickname));
        }

        private async Task<IReadOnlyList<BatchOutcome<EmUser>>> RegisterAsync(string? key, IReadOnlyList<NewUser> users, CancellationToken cancellationToken)
        {
            var registrations = await Client.CreateUsersAsync(users, cancellationToken).ConfigureAwait(false);
            return registrations
                .Select(r => r.Refusal is { } refusal ? BatchOutcome<EmUser>.Failure(refusal) : BatchOutcome<EmUser>.Success(r.Created!))
                .ToArray();
        }
    }
}
