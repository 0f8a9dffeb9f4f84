using System;
using System.Management.Automation;

namespace Easemob.PowerShell.Commands;

/// <summary>Forces users offline: from every device, or from the one -Device names.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "EmUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class DisconnectEmUserCommand : EmUserCmdlet
{
    /// <summary>The resource id of one device (as Get-EmUserDevice reports it, e.g. android_123…); every device when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Resource")]
    public string? Device { get; set; }

    protected override void ProcessRecord()
    {
        // A blank Device (e.g. an empty CSV cell) is not given: every device.
        var device = string.IsNullOrWhiteSpace(Device) ? null : Device!.Trim();
        var action = device == null ? "Log out of every device" : "Log out of device " + device;
        StartPerUser(username => ShouldProcess(username, action), async (username, cancellationToken) =>
        {
            var loggedOut = await Client.DisconnectUserAsync(username, device, cancellationToken).ConfigureAwait(false);
            if (loggedOut)
            {
                return NoWrites;
            }
            // The server logged nothing out (result: false): say so rather than succeed silently.
            return device == null
                ? (Action)(() => WriteWarning("User " + username + " was not logged out: the server reports no device it was logged in on."))
                : () => WriteError(new ErrorRecord(
                    new ItemNotFoundException("User " + username + " is not logged in on device '" + device + "', so nothing was logged out. Get-EmUserDevice -Username " + username + " lists its devices."),
                    "Easemob.DeviceNotLoggedIn", ErrorCategory.ObjectNotFound, username));
        });
    }
}
