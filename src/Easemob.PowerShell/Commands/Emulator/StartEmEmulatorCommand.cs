using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell.Commands;

/// <summary>Starts an embedded Easemob emulator on 127.0.0.1.</summary>
[Cmdlet(VerbsLifecycle.Start, "EmEmulator")]
[OutputType(typeof(EmEmulator))]
public sealed class StartEmEmulatorCommand : EmCmdlet
{
    /// <summary>The TCP port; 0 picks a free one.</summary>
    [Parameter]
    [ValidateRange(0, 65535)]
    public int Port { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string OrgName { get; set; } = "demo-org";

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string AppName { get; set; } = "demo-app";

    /// <summary>User names to register up front (chatroom owners and members must exist).</summary>
    [Parameter]
    [ValidateNotNull]
    public string[] User { get; set; } = new string[0];

    /// <summary>
    /// The app's client id (user name) and client secret (password); without it the state file's are kept,
    /// or new ones generated.
    /// </summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>Lifetime of the tokens the emulator issues: a TimeSpan or seconds.</summary>
    [Parameter]
    [SecondsTransformation]
    public TimeSpan? TokenTtl { get; set; }

    /// <summary>Delay added to every request: a TimeSpan or seconds.</summary>
    [Parameter]
    [SecondsTransformation]
    public TimeSpan Latency { get; set; }

    /// <summary>Answer 429 reach_limit beyond the documented per-API rate limits.</summary>
    [Parameter]
    public SwitchParameter EnforceRateLimit { get; set; }

    /// <summary>With -EnforceRateLimit: send Retry-After on 429 answers.</summary>
    [Parameter]
    public SwitchParameter RetryAfter { get; set; }

    /// <summary>Multiplies the documented rate limits the emulator enforces.</summary>
    [Parameter]
    [ValidateRange(0.001, 1000.0)]
    public double RateLimitScale { get; set; } = 1.0;

    /// <summary>Probability (0..1) that a request fails with 500, 503 or a dropped connection.</summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double FaultRate { get; set; }

    /// <summary>Seed for the fault sequence, so a run can be repeated.</summary>
    [Parameter]
    public int? Seed { get; set; }

    /// <summary>The app's chatroom quota; creating more answers 403 exceed_limit.</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? MaxChatrooms { get; set; }

    /// <summary>
    /// A state file: loaded at start if it exists, saved on Stop-EmEmulator and by Save-EmEmulatorState.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StatePath { get; set; }

    /// <summary>How many of the most recent requests the emulator's Requests log keeps.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? RequestLogCapacity { get; set; }

    /// <summary>Serve in the foreground until Ctrl+C, SIGTERM or SIGHUP, then stop (saving the state file).</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>Creates may choose the chatroom id (New-EmChatroom -RoomId), as for apps with custom chatroom ids enabled.</summary>
    [Parameter]
    public SwitchParameter AllowRoomId { get; set; }

    /// <summary>How long after sending a message can be recalled without -Force (default 2 minutes, as the vendor's).</summary>
    [Parameter]
    public TimeSpan? RecallWindow { get; set; }

    /// <summary>How long a history export's signed URL stays valid (default 30 minutes, as the vendor's example).</summary>
    [Parameter]
    public TimeSpan? HistoryUrlLifetime { get; set; }

    /// <summary>Broadcasts allowed per UTC day, for every kind, instead of the documented quotas (100, 3, 50).</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? DailyBroadcastQuota { get; set; }

    /// <summary>Features the vendor has not enabled for the app: their calls answer 403 (e.g. "message recall service is unopened").</summary>
    [Parameter]
    public EmulatorFeature[] DisableFeature { get; set; } = new EmulatorFeature[0];
    /// <summary>Emulates an Agora Chat app with this Agora app id (with -AppCertificate): Agora app tokens it signs are accepted.</summary>
    [Parameter]
    [ValidatePattern("^[0-9a-fA-F]{32}$")]
    public string? AgoraAppId { get; set; }

    /// <summary>The Agora app certificate (32 hex digits) of the emulated Agora Chat app.</summary>
    [Parameter]
    public SecureString? AppCertificate { get; set; }

    protected override void EndProcessing()
    {
        var options = new EmulatorOptions
        {
            Port = Port,
            OrgName = OrgName,
            AppName = AppName,
            Latency = Latency,
            EnforceRateLimit = EnforceRateLimit,
            SendRetryAfter = RetryAfter,
            RateLimitScale = RateLimitScale,
            FaultRate = FaultRate,
            Seed = Seed,
            MaxChatrooms = MaxChatrooms,
            StatePath = StatePath == null ? null : GetUnresolvedProviderPathFromPSPath(StatePath),
            AllowChosenChatroomIds = AllowRoomId,
            DailyBroadcastQuota = DailyBroadcastQuota,
            ClientId = Credential?.UserName,
            ClientSecret = Credential?.GetNetworkCredential().Password,
            AgoraAppId = AgoraAppId,
            AppCertificate = AppCertificate == null ? null : new System.Net.NetworkCredential(string.Empty, AppCertificate).Password,
        };
        if (TokenTtl.HasValue)
        {
            options.TokenTtl = TokenTtl.Value;
        }
        if (RecallWindow.HasValue)
        {
            options.RecallWindow = RecallWindow.Value;
        }
        if (HistoryUrlLifetime.HasValue)
        {
            options.HistoryUrlLifetime = HistoryUrlLifetime.Value;
        }
        foreach (var feature in DisableFeature)
        {
            options.DisabledFeatures.Add(feature);
        }
        if (RequestLogCapacity.HasValue)
        {
            options.RequestLogCapacity = RequestLogCapacity.Value;
        }
        foreach (var user in User)
        {
            options.Users.Add(user);
        }

        EasemobEmulator server;
        try
        {
            server = EasemobEmulator.Start(options);
        }
        catch (ArgumentException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "Easemob.InvalidEmulatorOption", ErrorCategory.InvalidArgument, null));
            return;
        }
        catch (EmulatorStateFileException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "Easemob.EmulatorStateInvalid", ErrorCategory.InvalidData, exception.Path));
            return;
        }
        catch (System.Net.Sockets.SocketException exception)
        {
            ThrowTerminatingError(new ErrorRecord(exception, "Easemob.EmulatorStartFailed", ErrorCategory.ResourceUnavailable, Port));
            return;
        }
        var emulator = new EmEmulator(server);
        EmulatorRegistry.Add(Runspace.DefaultRunspace, emulator);
        WriteVerbose("Emulator " + emulator.AppKey + " listening at " + emulator.BaseUri);
        // With -Wait the emulator is stopped by the time anyone could use the object.
        if (Wait)
        {
            ServeUntilStopped(emulator);
        }
        else
        {
            WriteObject(emulator);
        }
    }

    /// <summary>What Write-Host does: an information record the host shows, in any host.</summary>
    private void WriteHostLine(string line) =>
        WriteInformation(new HostInformationMessage { Message = line }, new[] { "PSHOST" });

    /// <summary>Prints what a client needs once, then blocks until Ctrl+C, SIGTERM or SIGHUP and stops the emulator.</summary>
    private void ServeUntilStopped(EmEmulator emulator)
    {
        var server = emulator.BaseUri;
        WriteHostLine("Easemob emulator serving until Ctrl+C, SIGTERM or SIGHUP");
        WriteHostLine("  Base URI:      " + server);
        WriteHostLine("  API root:      " + new Uri(server, emulator.OrgName + "/" + emulator.AppName + "/"));
        WriteHostLine("  Org / app:     " + emulator.OrgName + " / " + emulator.AppName);
        WriteHostLine("  Client id:     " + emulator.Credential.UserName);
        // The emulator's own generated secret, printed on purpose: a client in another language needs it.
        WriteHostLine("  Client secret: " + emulator.Credential.GetNetworkCredential().Password);
        if (emulator.StatePath != null)
        {
            WriteHostLine("  State file:    " + emulator.StatePath + " (saved on exit)");
        }

        // The process ends once the handler returns, so it stops and saves there; Stop is idempotent, so the
        // finally below (Ctrl+C) and the handler never save twice.
        using (TerminationSignals.Register(() => StopAndSave(emulator, Console.Error.WriteLine)))
        {
            try
            {
                StopToken.WaitHandle.WaitOne();
            }
            finally
            {
                EmulatorRegistry.Remove(Runspace.DefaultRunspace, emulator);
                // The pipeline is stopping: an error record could no longer be written.
                StopAndSave(emulator, Host.UI.WriteErrorLine);
            }
        }
    }

    private static void StopAndSave(EmEmulator emulator, Action<string> reportFailure)
    {
        try
        {
            emulator.Stop();
        }
        catch (EmulatorStateFileException exception)
        {
            reportFailure(exception.Message);
        }
    }
}
