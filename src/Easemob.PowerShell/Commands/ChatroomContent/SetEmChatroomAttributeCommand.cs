using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sets chatroom custom attributes owned by a member: a hashtable, or Key and Value per pipeline item (a CSV with
/// ChatroomId, Username, Key, Value). Pairs are grouped per chatroom and owner into requests of <see cref="EmApiLimits.MaxAttributesPerCall"/> across the
/// pipeline; each key the server refuses is its own error.
/// </summary>
[Cmdlet(VerbsCommon.Set, "EmChatroomAttribute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = HashtableSet)]
[OutputType(typeof(EmChatroomAttribute))]
public sealed class SetEmChatroomAttributeCommand : EmChatroomAttributeCmdlet
{
    private const string HashtableSet = "Hashtable";
    private const string PairSet = "Pair";

    private PipelineBatcher<ChatroomAttributeItem, EmChatroomAttribute>? _changes;
    private bool _anyOwner;
    private bool _keepAfterLeave;

    /// <summary>Keys and values to set.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = HashtableSet)]
    public Hashtable? Attribute { get; set; }

    /// <summary>One key to set (e.g. a CSV column).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PairSet)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(AttributeKeyCompleter))]
    public string Key { get; set; } = string.Empty;

    /// <summary>The key's value; '' on the command line sets an empty value, a blank CSV cell is not given.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PairSet)]
    [AllowEmptyString]
    public string Value { get; set; } = string.Empty;

    /// <summary>Keeps the keys when their owner leaves the chatroom (by default they are removed).</summary>
    [Parameter]
    public SwitchParameter KeepAfterLeave { get; set; }

    /// <summary>Writes each attribute set.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>A piped attribute is the pair to write, so attributes copy between apps, empty values too.</summary>
    private protected override Type? TemplateType => typeof(EmChatroomAttribute);

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _anyOwner = AnyOwner.IsPresent;
        _keepAfterLeave = KeepAfterLeave.IsPresent;
        var passThru = PassThru.IsPresent;
        _changes = NewBatcher<ChatroomAttributeItem, EmChatroomAttribute>(EmApiLimits.MaxAttributesPerCall, SetAsync,
            (_, attribute) => { if (passThru) WriteObject(attribute); });
    }

    protected override void ProcessRecord()
    {
        foreach (var (id, owner) in CheckedTargets())
        {
            var items = ParameterSetName == PairSet ? PairItem(id, owner) : HashtableItems(id, owner);
            if (items != null)
            {
                Queue(_changes!, items, "Set");
            }
        }
    }

    private List<ChatroomAttributeItem>? PairItem(string id, string owner)
    {
        var value = Given(nameof(Value), Value);
        if (value == null)
        {
            WriteError(InputChecks.NothingToSet(
                "No value was given for attribute '" + Key + "' of chatroom " + id + ". To set an empty value, pass -Value '' on the command line.", id));
            return null;
        }
        return new List<ChatroomAttributeItem> { new ChatroomAttributeItem(id, owner, Key ?? string.Empty, value) };
    }

    private List<ChatroomAttributeItem>? HashtableItems(string id, string owner)
    {
        var attribute = Attribute ?? new Hashtable();
        var invalid = InputChecks.AttributeCount(attribute, id);
        if (invalid != null)
        {
            WriteError(invalid);
            return null;
        }
        var items = new List<ChatroomAttributeItem>(attribute.Count);
        foreach (DictionaryEntry entry in attribute)
        {
            var key = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
            var value = entry.Value == null ? null : LanguagePrimitives.ConvertTo<string>(entry.Value);
            if (value == null)
            {
                WriteError(InputChecks.Attribute(key, null, setting: true, id)!);
                continue;
            }
            items.Add(new ChatroomAttributeItem(id, owner, key, value));
        }
        return items;
    }

    private Task<IReadOnlyList<ItemOutcome<EmChatroomAttribute>>> SetAsync(string? group, IReadOnlyList<ChatroomAttributeItem> items, CancellationToken cancellationToken) =>
        Client.SetChatroomAttributesAsync(items[0].ChatroomId, items[0].Username, items.Select(i => new KeyValuePair<string, string>(i.Key, i.Value!)).ToArray(),
            _keepAfterLeave, _anyOwner, cancellationToken);
}
