using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Removes chatroom custom attributes owned by a member (any member's with -AnyOwner), grouped per chatroom and owner
/// into requests of <see cref="EmApiLimits.MaxAttributesPerCall"/> across the pipeline; each key the server refuses is its own error.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "EmChatroomAttribute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class RemoveEmChatroomAttributeCommand : EmChatroomAttributeCmdlet
{
    private PipelineBatcher<ChatroomAttributeItem, EmChatroomAttribute>? _removals;
    private bool _anyOwner;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(AttributeKeyCompleter))]
    public string[] Key { get; set; } = new string[0];

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _anyOwner = AnyOwner.IsPresent;
        _removals = NewBatcher<ChatroomAttributeItem, EmChatroomAttribute>(EmApiLimits.MaxAttributesPerCall, RemoveAsync, (_, _) => { });
    }

    protected override void ProcessRecord()
    {
        foreach (var (id, owner) in CheckedTargets())
        {
            Queue(_removals!, Key.Select(key => new ChatroomAttributeItem(id, owner, key ?? string.Empty, null)), "Remove");
        }
    }

    private Task<IReadOnlyList<ItemOutcome<EmChatroomAttribute>>> RemoveAsync(string? group, IReadOnlyList<ChatroomAttributeItem> items, CancellationToken cancellationToken) =>
        Client.RemoveChatroomAttributesAsync(items[0].ChatroomId, items[0].Username, items.Select(i => i.Key).ToArray(), _anyOwner, cancellationToken);
}
