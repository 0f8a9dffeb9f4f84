using System.Management.Automation;
using System.Security;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Registers users (e.g. the owners and members a runbook's chatrooms need).</summary>
    [Cmdlet(VerbsCommon.New, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmUser))]
    public sealed class NewEmUserCommand : EmBulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation]
        public string Username { get; set; } = string.Empty;

        /// <summary>The user's login password. Plain text from a CSV column is accepted and kept only as a SecureString.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [SecureStringTransformation]
        public SecureString? Password { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Nickname { get; set; }

        protected override void ProcessRecord()
        {
            var invalid = InputChecks.Username(Username, "InvalidUsername", Username)
                ?? (Password == null || Password.Length == 0 ? ErrorRecords.InvalidArgument("InvalidPassword", "A password cannot be empty.", Username) : null);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
            if (!ShouldProcess(Username, "Create user"))
            {
                return;
            }
            var username = Username;
            var password = Password!;
            var nickname = Given(nameof(Nickname), Nickname);
            StartItem(username, async cancellationToken =>
            {
                var user = await Client.CreateUserAsync(username, password, nickname, cancellationToken).ConfigureAwait(false);
                return () => WriteObject(user);
            });
        }
    }
}
