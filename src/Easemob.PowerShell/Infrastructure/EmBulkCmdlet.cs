using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets whose pipeline items run concurrently (<see cref="EmApiCmdlet.Items"/>): the shared
/// -ThrottleLimit parameter, which bounds them.
/// </summary>
public abstract class EmBulkCmdlet : EmApiCmdlet
{
    /// <param name="family">
    /// The API family the cmdlet's items call: the default limit is its documented rate per second, since more
    /// could not start within the second anyway and the rate governor paces whatever exceeds it.
    /// </param>
    protected EmBulkCmdlet(EmApiFamily family)
    {
        ThrottleLimit = EmApiLimits.DocumentedCallsPerSecond(family);
    }

    /// <summary>How many requests (or batches) may be in flight at once.</summary>
    [Parameter]
    [ValidateRange(1, 256)]
    public int ThrottleLimit { get; set; }

    protected override int MaxInFlight => ThrottleLimit;
}
