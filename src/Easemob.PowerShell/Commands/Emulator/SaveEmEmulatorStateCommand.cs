using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell.Commands;

/// <summary>Saves an emulator's users, chatrooms and global mutes to its state file or to -Path, atomically.</summary>
[Cmdlet(VerbsData.Save, "EmEmulatorState", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveEmEmulatorStateCommand : EmCmdlet
{
    /// <summary>The emulators to save; by default every one this runspace started.</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public EmEmulator[]? Emulator { get; set; }

    /// <summary>The file to write; by default the emulator's -StatePath.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Writes the file saved, as every writer of the module writes its result: only when asked.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var emulator in Emulator ?? EmulatorRegistry.All(Runspace.DefaultRunspace))
        {
            var path = Path == null ? emulator.StatePath : GetUnresolvedProviderPathFromPSPath(Path);
            if (path == null)
            {
                WriteError(new ErrorRecord(new PSArgumentException(
                    "Emulator " + emulator.AppKey + " at " + emulator.BaseUri + " was started without -StatePath: give -Path."),
                    "Easemob.EmulatorStatePathMissing", ErrorCategory.InvalidArgument, emulator));
                continue;
            }

            if (!ShouldProcess(path, "Save emulator state of " + emulator.AppKey))
            {
                continue;
            }

            try
            {
                emulator.SaveState(path);
            }
            catch (EmulatorStateFileException exception)
            {
                WriteError(EmulatorStateErrors.SaveFailed(exception, emulator));
                continue;
            }
            if (PassThru)
            {
                WriteObject(new FileInfo(path));
            }
        }
    }
}
