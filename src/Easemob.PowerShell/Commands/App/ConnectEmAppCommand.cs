using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Connects to an Easemob app and makes the session the runspace's default. Values not given fall
/// back to the EASEMOB_* environment variables.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "EmApp", DefaultParameterSetName = CredentialSet)]
[OutputType(typeof(EmSession))]
public sealed class ConnectEmAppCommand : EmCmdlet
{
    private const string CredentialSet = "Credential";
    private const string TokenSet = "Token";
    private const string EmulatorSet = "Emulator";
    private const string AgoraSet = "Agora";

    /// <summary>The app's REST endpoint, e.g. https://a1.easemob.com. Plain http is accepted only on loopback.</summary>
    [Parameter(Position = 0, ParameterSetName = CredentialSet)]
    [Parameter(Position = 0, ParameterSetName = TokenSet)]
    [Parameter(Position = 0, ParameterSetName = AgoraSet)]
    public Uri? BaseUri { get; set; }

    [Parameter(ParameterSetName = CredentialSet)]
    [Parameter(ParameterSetName = TokenSet)]
    [Parameter(ParameterSetName = AgoraSet)]
    [ValidateNotNullOrEmpty]
    public string? OrgName { get; set; }

    [Parameter(ParameterSetName = CredentialSet)]
    [Parameter(ParameterSetName = TokenSet)]
    [Parameter(ParameterSetName = AgoraSet)]
    [ValidateNotNullOrEmpty]
    public string? AppName { get; set; }

    /// <summary>'org#app', instead of -OrgName and -AppName.</summary>
    [Parameter(ParameterSetName = CredentialSet)]
    [Parameter(ParameterSetName = TokenSet)]
    [Parameter(ParameterSetName = AgoraSet)]
    [ValidatePattern(@"^[^#\s]+#[^#\s]+$")]
    public string? AppKey { get; set; }

    /// <summary>The app's client id (user name) and client secret (password).</summary>
    [Parameter(ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>A pre-issued app token; it cannot be refreshed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
    public SecureString? Token { get; set; }

    /// <summary>An Agora Chat app's Agora app id (32 hex digits): app tokens are built locally from it and -AppCertificate.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AgoraSet)]
    [ValidatePattern("^[0-9a-fA-F]{32}$")]
    public string? AgoraAppId { get; set; }

    /// <summary>The Agora app certificate (32 hex digits); it signs the app tokens and is never sent.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AgoraSet)]
    public SecureString? AppCertificate { get; set; }

    /// <summary>An emulator started with Start-EmEmulator.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = EmulatorSet)]
    public EmEmulator? Emulator { get; set; }

    /// <summary>How many times a failed request is retried (throttling, 5xx, connection failures).</summary>
    [Parameter]
    [ValidateRange(0, 20)]
    public int MaxRetry { get; set; } = 5;

    /// <summary>How long one request attempt may take.</summary>
    [Parameter]
    [SecondsTransformation]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Multiplies the documented per-API rate limits the client keeps to (for apps with raised limits).</summary>
    [Parameter]
    [ValidateRange(0.01, 1000.0)]
    public double RateLimit { get; set; } = 1.0;

    /// <summary>Sends requests without client-side rate governing.</summary>
    [Parameter]
    public SwitchParameter NoRateLimit { get; set; }

    /// <summary>Writes the session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        if (RequestTimeout <= TimeSpan.Zero)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidRequestTimeout", "-RequestTimeout must be longer than zero.", RequestTimeout));
        }
        var options = ParameterSetName == EmulatorSet ? OptionsForEmulator(Emulator!) : OptionsFromParametersAndEnvironment();
        options.MaxRetry = MaxRetry;
        options.RequestTimeout = RequestTimeout;
        options.RateLimitScale = NoRateLimit ? (double?)null : RateLimit;

        EasemobClient client;
        try
        {
            client = new EasemobClient(options);
        }
        catch (ArgumentException exception)
        {
            // The client names its own argument ("(Parameter 'options')"); the message already names the user's parameter.
            var message = exception.ParamName == null ? exception.Message : exception.Message.Replace(new ArgumentException(string.Empty, exception.ParamName).Message, string.Empty).Trim();
            ThrowTerminatingError(new ErrorRecord(new PSArgumentException(message, exception), "Easemob.InvalidConnectionArgument", ErrorCategory.InvalidArgument, null));
            return;
        }

        try
        {
            Await(client.WithTrace(PostVerbose).EnsureTokenAsync(StopToken));
        }
        catch (EasemobApiException exception)
        {
            client.Dispose();
            ThrowTerminatingError(ErrorRecords.FromApi(exception, null));
        }

        var session = new EmSession(client);
        SessionStore.SetDefault(Runspace.DefaultRunspace, session);
        WriteVerbose("Connected to " + session);
        if (PassThru)
        {
            WriteObject(session);
        }
    }

    private static EasemobClientOptions OptionsForEmulator(EmEmulator emulator) => new EasemobClientOptions
    {
        BaseUri = emulator.BaseUri,
        OrgName = emulator.OrgName,
        AppName = emulator.AppName,
        ClientId = emulator.Credential.UserName,
        ClientSecret = emulator.Credential.Password,
    };

    private EasemobClientOptions OptionsFromParametersAndEnvironment()
    {
        var options = new EasemobClientOptions();

        var baseUri = BaseUri ?? UriFromEnvironment();
        if (baseUri == null)
        {
            ThrowMissing("-BaseUri", "EASEMOB_BASE_URI");
        }
        options.BaseUri = baseUri!;

        if (AppKey != null)
        {
            if (OrgName != null || AppName != null)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("AmbiguousApp", "Give either -AppKey or -OrgName and -AppName, not both.", AppKey));
            }
            var parts = AppKey.Split('#');
            options.OrgName = parts[0];
            options.AppName = parts[1];
        }
        else
        {
            options.OrgName = OrgName ?? Environment.GetEnvironmentVariable("EASEMOB_ORG") ?? ThrowMissing("-OrgName (or -AppKey)", "EASEMOB_ORG");
            options.AppName = AppName ?? Environment.GetEnvironmentVariable("EASEMOB_APP") ?? ThrowMissing("-AppName (or -AppKey)", "EASEMOB_APP");
        }

        if (AgoraAppId != null)
        {
            options.AgoraAppId = AgoraAppId;
            options.AppCertificate = AppCertificate;
        }
        else if (Token != null)
        {
            options.Token = Token;
        }
        else if (Credential != null)
        {
            options.ClientId = Credential.UserName;
            options.ClientSecret = Credential.Password;
        }
        else
        {
            var clientId = Environment.GetEnvironmentVariable("EASEMOB_CLIENT_ID");
            var clientSecret = Environment.GetEnvironmentVariable("EASEMOB_CLIENT_SECRET");
            var token = Environment.GetEnvironmentVariable("EASEMOB_TOKEN");
            if (!string.IsNullOrEmpty(clientId) && !string.IsNullOrEmpty(clientSecret))
            {
                options.ClientId = clientId;
                options.ClientSecret = SecureStrings.From(clientSecret!);
            }
            else if (!string.IsNullOrEmpty(token))
            {
                options.Token = SecureStrings.From(token!);
            }
            else
            {
                ThrowMissing("-Credential or -Token", "EASEMOB_CLIENT_ID and EASEMOB_CLIENT_SECRET, or EASEMOB_TOKEN");
            }
        }
        return options;
    }

    private Uri? UriFromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable("EASEMOB_BASE_URI");
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidBaseUri", "EASEMOB_BASE_URI is not an absolute URI.", null));
        }
        return uri;
    }

    private string ThrowMissing(string parameter, string environmentVariable)
    {
        ThrowTerminatingError(ErrorRecords.InvalidArgument(
            "MissingConnectionValue",
            "Connect-EmApp needs " + parameter + ", or the environment variable " + environmentVariable + ".",
            null));
        return null!;
    }
}
