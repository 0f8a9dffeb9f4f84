using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the size of every user attribute of the app together (the vendor's limit is 10 GB by default).</summary>
[Cmdlet(VerbsCommon.Get, "EmUserAttributeUsage")]
[OutputType(typeof(EmUserAttributeUsage))]
public sealed class GetEmUserAttributeUsageCommand : EmApiCmdlet
{
    protected override void EndProcessing()
    {
        Items.Start(null, async cancellationToken =>
        {
            var usage = await Client.GetUserAttributeUsageAsync(cancellationToken).ConfigureAwait(false);
            return () => WriteObject(usage);
        });
        base.EndProcessing();
    }
}
