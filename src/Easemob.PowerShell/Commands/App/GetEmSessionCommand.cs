using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the runspace's default session; nothing when not connected.</summary>
[Cmdlet(VerbsCommon.Get, "EmSession")]
[OutputType(typeof(EmSession))]
public sealed class GetEmSessionCommand : EmCmdlet
{
    protected override void EndProcessing()
    {
        var session = SessionStore.GetDefault(Runspace.DefaultRunspace);
        if (session != null)
        {
            WriteObject(session);
        }
    }
}
