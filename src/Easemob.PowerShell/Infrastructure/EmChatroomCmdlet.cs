using System.Collections.Generic;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that act on a chatroom per pipeline item: the one -Id parameter (by value, or by
    /// property name from a chatroom object or a CSV's ChatroomId/RoomId column) and the checks of it and of
    /// user names made before anything is sent.
    /// </summary>
    public abstract class EmChatroomCmdlet : EmBulkCmdlet
    {
        /// <summary>The chatroom id; from the pipeline as a string or as an object with an Id property.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ChatroomId", "RoomId")]
        [ArgumentCompleter(typeof(ChatroomIdCompleter))]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>The trimmed -Id, or null after writing its InvalidChatroomId error.</summary>
        protected string? CheckedId()
        {
            var invalid = InputChecks.ChatroomId(Id);
            if (invalid != null)
            {
                WriteError(invalid);
                return null;
            }
            return Id.Trim();
        }

        /// <summary>
        /// The user names trimmed; each blank one is an InvalidUsername error targeting <paramref name="chatroomId"/>
        /// and is left out, so it never reaches the server.
        /// </summary>
        protected List<string> CheckedUsernames(IEnumerable<string?> names, string chatroomId)
        {
            var checkedNames = new List<string>();
            foreach (var name in names)
            {
                var invalid = InputChecks.Username(name, "InvalidUsername", chatroomId);
                if (invalid != null)
                {
                    WriteError(invalid);
                    continue;
                }
                checkedNames.Add(name!.Trim());
            }
            return checkedNames;
        }
    }
}
