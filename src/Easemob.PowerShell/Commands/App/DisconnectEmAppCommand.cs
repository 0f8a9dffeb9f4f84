using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Easemob.PowerShell.Commands;

/// <summary>Forgets the runspace's default session (or the given one) and releases its connections.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "EmApp")]
[OutputType(typeof(void))]
public sealed class DisconnectEmAppCommand : EmCmdlet
{
    /// <summary>The session to close; the runspace's default session when omitted.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [ValidateNotNull]
    public EmSession? Session { get; set; }

    protected override void ProcessRecord()
    {
        var runspace = Runspace.DefaultRunspace;
        var current = SessionStore.GetDefault(runspace);
        var session = Session ?? current;
        if (session == null)
        {
            WriteVerbose("No Easemob session to disconnect.");
            return;
        }
        if (ReferenceEquals(session, current))
        {
            SessionStore.SetDefault(runspace, null);
        }
        session.Dispose();
        WriteVerbose("Disconnected from " + session);
    }
}
