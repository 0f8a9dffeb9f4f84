using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Base of the cmdlets that change one member's attributes of a chatroom: the owner, -AnyOwner and -Force
/// parameters, and the checks, confirmation and batching (per chatroom and owner, <see cref="EmApiLimits.MaxAttributesPerCall"/> per request) of each item's keys.
/// </summary>
public abstract class EmChatroomAttributeCmdlet : EmChatroomCmdlet
{
    /// <summary>The member who owns the keys (only its own keys can be changed, unless -AnyOwner).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string Username { get; set; } = string.Empty;

    /// <summary>
    /// Uses the vendor's forced call, which acts on keys whichever member owns them. A switch of its own, so that
    /// -Force (added to a scheduled script to skip the prompt) never brings that power along.
    /// </summary>
    [Parameter]
    public SwitchParameter AnyOwner { get; set; }

    /// <summary>Skips the confirmation prompt; nothing else.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

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
        if (valid.Count == 0 || !ShouldProcessUnlessForced(valid[0].ChatroomId + " (owner " + valid[0].Username + (AnyOwner ? ", any owner's keys" : "") + ")",
            verb + " attributes " + string.Join(", ", valid.Select(i => i.Key)), Force))
        {
            return;
        }
        valid.ForEach(item => batcher.Add(item.Group, item));
    }
}
