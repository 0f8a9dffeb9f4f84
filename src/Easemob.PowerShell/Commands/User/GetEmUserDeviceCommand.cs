using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the devices users are logged in on.</summary>
[Cmdlet(VerbsCommon.Get, "EmUserDevice")]
[OutputType(typeof(EmUserDevice))]
public sealed class GetEmUserDeviceCommand : EmUserCmdlet
{
    protected override void ProcessRecord()
    {
        StartPerUser(_ => true, async (username, cancellationToken) =>
        {
            var devices = await Client.ListUserDevicesAsync(username, cancellationToken).ConfigureAwait(false);
            return () => WriteObject(devices, enumerateCollection: true);
        });
    }
}
