using System.Management.Automation;

namespace Easemob.PowerShell.Tests.Support;

/// <summary>What an error record of the module targets, read as PowerShell sees it.</summary>
public static class ErrorTargets
{
    /// <summary>The (chatroom, user) item an error of a per-user chatroom write targets.</summary>
    public static (string ChatroomId, string Username) ChatroomUser(ErrorRecord error)
    {
        var target = PSObject.AsPSObject(error.TargetObject);
        return ((string)target.Properties["ChatroomId"].Value, (string)target.Properties["Username"].Value);
    }
}
