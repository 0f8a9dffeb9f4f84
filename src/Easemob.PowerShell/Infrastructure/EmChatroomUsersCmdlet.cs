using System.Collections.Generic;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that act on users of a chatroom: the one -Username parameter (by property name, so a
    /// CSV row or a member object binds) and the check and confirmation of a pipeline item before anything is sent.
    /// </summary>
    public abstract class EmChatroomUsersCmdlet : EmChatroomCmdlet
    {
        /// <summary>The parameter set of the per-user form (a derived cmdlet may add others, like -All).</summary>
        protected const string UsersSet = "Username";

        /// <summary>User names: an array, or one string of names separated by ';', ',' or spaces (a CSV cell).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = UsersSet)]
        [UserListTransformation]
        [AllowEmptyCollection]
        [AllowEmptyString]
        public string[] Username { get; set; } = new string[0];

        /// <summary>
        /// The checked -Id and -Username of this pipeline item, after writing the errors of bad input; false when
        /// nothing is left to do, or when <paramref name="action"/> is given and ShouldProcess declines it.
        /// </summary>
        protected bool TryTakeInput(string? action, out string id, out List<string> usernames)
        {
            id = CheckedId() ?? string.Empty;
            usernames = id.Length == 0 ? new List<string>() : CheckedUsernames(Username, id);
            return usernames.Count > 0 && (action == null || ShouldProcess("chatroom " + id, action + " " + string.Join(", ", usernames)));
        }
    }
}
