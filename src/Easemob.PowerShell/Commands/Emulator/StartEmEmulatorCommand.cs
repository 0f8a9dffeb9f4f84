using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell.Commands
{
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
            };
            if (TokenTtl.HasValue)
            {
                options.TokenTtl = TokenTtl.Value;
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
            catch (System.Net.HttpListenerException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "Easemob.EmulatorStartFailed", ErrorCategory.ResourceUnavailable, Port));
                return;
            }
            var emulator = new EmEmulator(server);
            EmulatorRegistry.Add(Runspace.DefaultRunspace, emulator);
            WriteVerbose("Emulator " + emulator.AppKey + " listening at " + emulator.BaseUri);
            WriteObject(emulator);
        }
    }
}
