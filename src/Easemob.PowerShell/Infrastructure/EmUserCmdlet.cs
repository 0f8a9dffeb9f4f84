using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that act on each user named in the pipeline: names are trimmed, a blank one is an
    /// InvalidUsername error before anything is sent, and a repeated one (case-insensitive, as the vendor
    /// treats names) is acted on once.
    /// </summary>
    public abstract class EmUserCmdlet : EmBulkCmdlet
    {
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The user names; from the pipeline as strings or as objects with a Username property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string[] Username { get; set; } = new string[0];

        /// <summary>
        /// Starts <paramref name="work"/> once per new name of <see cref="Username"/> that <paramref name="proceed"/>
        /// admits (ShouldProcess for writes); results and errors are written in input order.
        /// </summary>
        protected void StartPerUser(Func<string, bool> proceed, Func<string, CancellationToken, Task<Action>> work)
        {
            foreach (var name in Username)
            {
                var invalid = InputChecks.Username(name, "InvalidUsername", name);
                if (invalid != null)
                {
                    WriteError(invalid);
                    continue;
                }
                var username = name!.Trim();
                if (!_seen.Add(username) || !proceed(username))
                {
                    continue;
                }
                StartItem(username, cancellationToken => work(username, cancellationToken));
            }
        }
    }
}
