using System.Management.Automation;
using System.Reflection;

namespace Easemob.PowerShell.Tests.Support;

/// <summary>
/// `Stop-After -Count n`: passes n objects on, then stops the commands upstream as Select-Object -First n does, with the
/// engine's own StopUpstreamCommandsException (internal, so made by reflection). The hosted engine has no
/// Microsoft.PowerShell.Utility; import this assembly to get it: <c>Import-Module $args[0]</c> with <see cref="ModulePath"/>.
/// </summary>
[Cmdlet("Stop", "After")]
public sealed class StopAfterCommand : PSCmdlet
{
    private static readonly Type StopUpstream =
        typeof(PSCmdlet).Assembly.GetType("System.Management.Automation.StopUpstreamCommandsException", throwOnError: true)!;

    private int _passed;

    public static string ModulePath => typeof(StopAfterCommand).Assembly.Location;

    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(Mandatory = true)]
    public int Count { get; set; }

    protected override void ProcessRecord()
    {
        WriteObject(InputObject);
        if (++_passed >= Count)
        {
            throw (Exception)Activator.CreateInstance(StopUpstream, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, new object[] { this }, null)!;
        }
    }
}
