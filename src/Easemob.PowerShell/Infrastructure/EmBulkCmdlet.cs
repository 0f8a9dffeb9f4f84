using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that make one request per pipeline item: keeps -ThrottleLimit requests in
    /// flight while input streams in, and reports progress on long runs.
    /// </summary>
    public abstract class EmBulkCmdlet : EmApiCmdlet
    {
        public const int DefaultThrottleLimit = 16;

        /// <summary>How many requests may be in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        protected override int MaxInFlight => ThrottleLimit;
    }
}
