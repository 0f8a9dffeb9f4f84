using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Base of the cmdlets that change one member's attributes of a chatroom: the owner parameter, and the checks,
    /// confirmation and batching (per chatroom and owner, <see cref="EmApiLimits.MaxAttributesPerCall"/> per request) of each item's keys.
    /// </summary>
    public abstract class EmChatroomAttributeCmdlet : EmChatroomCmdlet
    {
        /// <summary>The member who owns the keys (only its own keys can be changed, unless -Force).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Username { get; set; } = string.Empty;

        /// <summary>The checked chatroom ids of this item, each with the checked owner, after writing their errors.</summary>
        private protected List<(string Id, string Owner)> CheckedTargets()
        {
            var targets = new List<(string, string)>();
            foreach (var id in CheckedIds())
            {
                var owner = CheckedUsernames(new[] { Username }, id).FirstOrDefault();
                if (owner != null)
                {
                    targets.Add((id, owner));
                }
            }
            return targets;
        }

        /// <summary>Checks each item (an error per bad key or value), asks once for the rest, and queues them.</summary>
        private protected void Queue(PipelineBatcher<ChatroomAttributeItem, EmChatroomAttribute> batcher, IEnumerable<ChatroomAttributeItem> items, string verb)
        {
            var valid = new List<ChatroomAttributeItem>();
            foreach (var item in items)
            {
                var invalid = item.Check();
                if (invalid != null)
                {
                    WriteError(invalid);
                    continue;
                }
                valid.Add(item);
            }
            if (valid.Count == 0 || !ShouldProcess(valid[0].ChatroomId + " (owner " + valid[0].Username + ")", verb + " attributes " + string.Join(", ", valid.Select(i => i.Key))))
            {
                return;
            }
            valid.ForEach(item => batcher.Add(item.Group, item));
        }
    }
}
