using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Stops emulators: the ones given, or every one this runspace started.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "EmEmulator")]
    [OutputType(typeof(void))]
    public sealed class StopEmEmulatorCommand : EmCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public EmEmulator[]? Emulator { get; set; }

        protected override void ProcessRecord()
        {
            var runspace = Runspace.DefaultRunspace;
            foreach (var emulator in Emulator ?? EmulatorRegistry.All(runspace))
            {
                emulator.Stop();
                EmulatorRegistry.Remove(runspace, emulator);
                WriteVerbose("Stopped emulator " + emulator.AppKey + " at " + emulator.BaseUri);
            }
        }
    }
}
