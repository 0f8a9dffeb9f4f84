using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that act on each user named in the pipeline: names are trimmed, a blank one is an
/// InvalidUsername error before anything is sent, and a name repeated within one pipeline item
/// (case-insensitive, as the vendor treats names) is acted on once. Items are not merged across the pipeline:
/// two devices of one user piped to Disconnect-EmUser are two logouts.
/// </summary>
public abstract class EmUserCmdlet : EmBulkCmdlet
{
    protected EmUserCmdlet()
        : base(EmApiFamily.User)
    {
    }

    /// <summary>The user names; from the pipeline as strings or as objects with a Username property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmUser.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>
    /// Starts <paramref name="work"/> once per valid name of <see cref="Username"/> that <paramref name="proceed"/>
    /// admits (ShouldProcess for writes); results and errors are written in input order.
    /// </summary>
    protected void StartPerUser(Func<string, bool> proceed, Func<string, CancellationToken, Task<Action>> work)
    {
        foreach (var username in ValidUsernames(Username))
        {
            if (proceed(username))
            {
                Items.Start(username, cancellationToken => work(username, cancellationToken));
            }
        }
    }
}
