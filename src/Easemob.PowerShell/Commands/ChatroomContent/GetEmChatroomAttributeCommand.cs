using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets chatrooms' custom attributes, one object per key; a chatroom object or id pipes in.</summary>
[Cmdlet(VerbsCommon.Get, "EmChatroomAttribute")]
[OutputType(typeof(EmChatroomAttribute))]
public sealed class GetEmChatroomAttributeCommand : EmChatroomCmdlet
{
    /// <summary>Only these keys (those that exist); every key when omitted.</summary>
    [Parameter(Position = 1)]
    [ArgumentCompleter(typeof(AttributeKeyCompleter))]
    public string[]? Key { get; set; }

    protected override void ProcessRecord()
    {
        var keys = Key;
        StartChatroomRead<EmChatroomAttribute>(async (id, cancellationToken) => await Client.GetChatroomAttributesAsync(id, keys, cancellationToken).ConfigureAwait(false));
    }
}
