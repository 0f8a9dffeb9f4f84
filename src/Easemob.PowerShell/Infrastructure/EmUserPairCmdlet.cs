using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that act on pairs of users: each -Username with each other user it names (a contact, a
    /// blocked user). The other users are checked before anything is sent: blank, illegal or the user itself is an
    /// error, and each is taken once per item.
    /// </summary>
    public abstract class EmUserPairCmdlet : EmUserCmdlet
    {
        /// <summary>The valid (user, other user) pairs of this item; an error is written for each refused name.</summary>
        protected IEnumerable<(string Username, string Other)> ValidPairs(IEnumerable<string> others, string errorId, string role)
        {
            var validOthers = ValidTargets(others, errorId, role,
                name => InputChecks.Username(name, errorId, name) ?? InputChecks.LegalUsername(name!.Trim()), EmApiLimits.UsernameComparer);
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
}
