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
        /// The checked chatroom ids of this pipeline item, each with its checked -Username, after writing the errors
        /// of bad input; a chatroom is left out when no user is left, or when <paramref name="action"/> is given and
        /// ShouldProcess declines it.
        /// </summary>
        protected List<(string Id, List<string> Usernames)> TakeInput(string? action)
        {
            var input = new List<(string, List<string>)>();
            foreach (var id in CheckedIds())
            {
                var usernames = CheckedUsernames(Username, id);
                if (usernames.Count > 0 && (action == null || ShouldProcess(Room.Noun + " " + id, action + " " + string.Join(", ", usernames))))
                {
                    input.Add((id, usernames));
                }
            }
            return input;
        }
    }
}
