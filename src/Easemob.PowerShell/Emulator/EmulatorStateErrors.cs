using System.Management.Automation;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell;

/// <summary>The error records of state files, one id per failure for every emulator cmdlet.</summary>
internal static class EmulatorStateErrors
{
    public static ErrorRecord SaveFailed(EmulatorStateFileException exception, EmEmulator emulator) =>
        new ErrorRecord(exception, "Easemob.EmulatorStateSaveFailed", ErrorCategory.WriteError, emulator);
}
