using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that act on pairs of users: each -Username with each other user it names (a contact, a
/// blocked user). The other users are checked before anything is sent: blank, illegal or the user itself is an
/// error, and each is taken once per item. Pairs go one request each, or into a batcher grouped by user.
/// </summary>
public abstract class EmUserPairCmdlet : EmUserCmdlet
{
    /// <summary>Starts <paramref name="work"/> for each valid pair that ShouldProcess admits; the user is the error target.</summary>
    private protected void StartPerPair(IEnumerable<string> others, string errorId, string role, Func<string, string> action,
        Func<string, string, CancellationToken, Task<Action>> work)
    {
        foreach (var (username, other) in ValidPairs(others, errorId, role))
        {
            if (ShouldProcess(username, action(other)))
            {
                Items.Start(username, cancellationToken => work(username, other, cancellationToken));
            }
        }
    }

    /// <summary>Queues each valid pair that ShouldProcess admits, grouped by user (one request holds one user's pairs).</summary>
    private protected void QueuePairs<TResult>(PipelineBatcher<(string Username, string Other), TResult> batcher, IEnumerable<string> others,
        string errorId, string role, Func<string, string> action)
    {
        foreach (var pair in ValidPairs(others, errorId, role))
        {
            if (ShouldProcess(pair.Username, action(pair.Other)))
            {
                batcher.Add(EmApiLimits.NormalizeUsername(pair.Username), pair);
            }
        }
    }

    /// <summary>A batcher of pairs: an item's error targets "user -> other", and an other user repeated for one user is sent once.</summary>
    private protected PipelineBatcher<(string Username, string Other), TResult> NewPairBatcher<TResult>(int batchSize,
        PipelineBatcher<(string Username, string Other), TResult>.BatchCall call, Action<(string Username, string Other), TResult> write) =>
        NewBatcher(batchSize, call, write, targetOf: pair => pair.Username + " -> " + pair.Other, identityOf: pair => pair.Other);

    /// <summary>The valid (user, other user) pairs of this item; an error is written for each refused name.</summary>
    private IEnumerable<(string Username, string Other)> ValidPairs(IEnumerable<string> others, string errorId, string role)
    {
        var validOthers = ValidTargets(others, errorId, role,
            name => InputChecks.Username(name, errorId, name) ?? InputChecks.LegalUsername(name!.Trim(), name.Trim()), EmApiLimits.UsernameComparer);
        foreach (var username in ValidUsernames(Username))
        {
            foreach (var other in validOthers)
            {
                if (EmApiLimits.UsernameComparer.Equals(username, other))
                {
                    WriteError(ErrorRecords.InvalidArgument(errorId, "A user cannot be their own " + role + ": " + username + ".", username));
                    continue;
                }
                yield return (username, other);
            }
        }
    }
}
