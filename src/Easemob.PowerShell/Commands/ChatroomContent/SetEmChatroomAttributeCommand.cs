using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
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
        private bool _valueOnCommandLine;
        private bool _force;
        private bool _keepAfterLeave;

        /// <summary>Keys and values to set.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = HashtableSet)]
        public Hashtable? Attribute { get; set; }

        /// <summary>One key to set (e.g. a CSV column).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PairSet)]
        [AllowEmptyString]
        public string Key { get; set; } = string.Empty;

        /// <summary>The key's value; '' on the command line sets an empty value, a blank CSV cell is not given.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PairSet)]
        [AllowEmptyString]
        public string Value { get; set; } = string.Empty;

        /// <summary>Uses the forced call, which overwrites keys other members own.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Keeps the keys when their owner leaves the chatroom (by default they are removed).</summary>
        [Parameter]
        public SwitchParameter KeepAfterLeave { get; set; }

        /// <summary>Writes each attribute set.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _valueOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(Value));
            _force = Force.IsPresent;
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
            var value = Value ?? string.Empty;
            if (value.Length == 0 && !_valueOnCommandLine)
            {
                WriteError(ErrorRecords.InvalidArgument("NothingToSet",
                    "No value was given for attribute '" + Key + "' of chatroom " + id + ". To set an empty value, pass -Value '' on the command line.", id));
                return null;
            }
            return new List<ChatroomAttributeItem> { new ChatroomAttributeItem(id, owner, Key ?? string.Empty, value) };
        }

        private List<ChatroomAttributeItem>? HashtableItems(string id, string owner)
        {
            var attribute = Attribute ?? new Hashtable();
            if (attribute.Count == 0 || attribute.Count > EmApiLimits.MaxAttributesPerChatroom)
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidAttribute",
                    "Give 1 to " + EmApiLimits.MaxAttributesPerChatroom + " attributes (a chatroom holds at most " + EmApiLimits.MaxAttributesPerChatroom + "); got " + attribute.Count + ".", id));
                return null;
            }
            var items = new List<ChatroomAttributeItem>(attribute.Count);
            foreach (DictionaryEntry entry in attribute)
            {
                var key = LanguagePrimitives.ConvertTo<string>(entry.Key) ?? string.Empty;
                var value = entry.Value == null ? null : LanguagePrimitives.ConvertTo<string>(entry.Value);
                if (value == null)
                {
                    WriteError(ErrorRecords.InvalidArgument("InvalidAttributeValue", "Attribute '" + key + "' has no value; use '' for an empty one.", id));
                    continue;
                }
                items.Add(new ChatroomAttributeItem(id, owner, key, value));
            }
            return items;
        }

        private Task<IReadOnlyList<ItemOutcome<EmChatroomAttribute>>> SetAsync(string? group, IReadOnlyList<ChatroomAttributeItem> items, CancellationToken cancellationToken) =>
            Client.SetChatroomAttributesAsync(items[0].ChatroomId, items[0].Username, items.Select(i => new KeyValuePair<string, string>(i.Key, i.Value!)).ToArray(),
                _keepAfterLeave, _force, cancellationToken);
    }
}
