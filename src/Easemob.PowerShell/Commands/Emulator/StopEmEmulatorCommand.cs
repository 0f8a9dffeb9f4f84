using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell.Commands;

/// <summary>Stops emulators (the ones given, or every one this runspace started), saving their state files.</summary>
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
            EmulatorRegistry.Remove(runspace, emulator);
            try
            {
                emulator.Stop();
            }
            catch (EmulatorStateFileException exception)
            {
                WriteError(EmulatorStateErrors.SaveFailed(exception, emulator));
                continue;
            }
            WriteVerbose("Stopped emulator " + emulator.AppKey + " at " + emulator.BaseUri +
                (emulator.StatePath == null ? "" : "; state saved to " + emulator.StatePath));
        }
    }
}
