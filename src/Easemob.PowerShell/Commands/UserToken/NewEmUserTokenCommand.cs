using System;
using System.Management.Automation;
using System.Security;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Gets user tokens for client SDK logins: by the user's password, by the app's authority (the inherit grant,
/// optionally creating the user), or as the documented dynamic token computed locally. The token is a
/// SecureString; -AsPlainText adds it as text, for handing it to the app.
/// </summary>
[Cmdlet(VerbsCommon.New, "EmUserToken", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = InheritSet)]
[OutputType(typeof(EmUserToken))]
public sealed class NewEmUserTokenCommand : EmUserCmdlet
{
    private const string InheritSet = "Inherit";
    private const string PasswordSet = "Password";
    private const string DynamicSet = "Dynamic";

    /// <summary>The documented example's lifetime of a dynamic token: it should be short.</summary>
    private static readonly TimeSpan DefaultDynamicLifetime = TimeSpan.FromMinutes(10);

    /// <summary>The user's password: the password grant. Plain text from a CSV column is kept only as a SecureString.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = PasswordSet, ValueFromPipelineByPropertyName = true)]
    [SecureStringTransformation]
    public SecureString? Password { get; set; }

    /// <summary>How long the token is valid (seconds or a TimeSpan); 0 never expires (not for -Dynamic).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SecondsTransformation]
    public TimeSpan? TimeToLive { get; set; }

    /// <summary>Creates the user when it does not exist (the inherit grant's autoCreateUser).</summary>
    [Parameter(ParameterSetName = InheritSet)]
    public SwitchParameter CreateUser { get; set; }

    /// <summary>Computes the documented dynamic ("dt-") token locally from the session's client id and secret; sends nothing.</summary>
    [Parameter(Mandatory = true, ParameterSetName = DynamicSet)]
    public SwitchParameter Dynamic { get; set; }

    /// <summary>Also gives the token as text (PlainTextToken), as ConvertFrom-SecureString -AsPlainText would.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    protected override void ProcessRecord()
    {
        if (Dynamic && TimeToLive == TimeSpan.Zero)
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidTimeToLive", "A dynamic token needs a lifetime: -TimeToLive cannot be 0.", string.Join(", ", Username)));
            return;
        }
        if (Password != null && Password.Length == 0)
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidPassword", "A password cannot be empty.", string.Join(", ", Username)));
            return;
        }

        var asPlainText = AsPlainText.IsPresent;
        if (Dynamic)
        {
            if (Client.AuthMode != EmAuthMode.ClientCredentials)
            {
                ThrowTerminatingError(ErrorRecords.InvalidOperation("DynamicTokenNeedsClientSecret",
                    "A dynamic token is signed with the app's client secret: connect with Connect-EmApp -Credential (client id and secret).", Session));
            }
            var lifetime = TimeToLive ?? DefaultDynamicLifetime;
            StartPerUser(username => IsLegal(username) && ShouldProcess(username, "Compute a dynamic user token"), (username, _) =>
            {
                var token = Client.BuildDynamicUserToken(username, lifetime);
                return Task.FromResult<Action>(() => WriteObject(Shown(token, asPlainText)));
            });
            return;
        }

        var password = Password;
        var timeToLive = TimeToLive;
        var createUser = CreateUser.IsPresent;
        var action = password != null ? "Get a user token with the password" : createUser ? "Get a user token, creating the user if needed" : "Get a user token";
        StartPerUser(username => IsLegal(username) && ShouldProcess(username, action), async (username, cancellationToken) =>
        {
            var token = await Client.IssueUserTokenAsync(new UserTokenRequest(username, password, timeToLive, createUser), cancellationToken).ConfigureAwait(false);
            return () => WriteObject(Shown(token, asPlainText));
        });
    }

    private bool IsLegal(string username)
    {
        var illegal = InputChecks.LegalUsername(username, username);
        if (illegal != null)
        {
            WriteError(illegal);
        }
        return illegal == null;
    }

    /// <summary>The token as issued, or with its text added when the user asked for it.</summary>
    private static EmUserToken Shown(EmUserToken token, bool asPlainText) =>
        asPlainText
            ? new EmUserToken(token.Username, token.Token, token.ExpiresOn, token.Grant, token.User, new System.Net.NetworkCredential(string.Empty, token.Token).Password)
            : token;
}
