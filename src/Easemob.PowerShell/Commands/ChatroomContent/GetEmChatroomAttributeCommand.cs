using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Gets chatrooms' custom attributes, one object per key; a chatroom object or id pipes in.</summary>
    [Cmdlet(VerbsCommon.Get, "EmChatroomAttribute")]
    [OutputType(typeof(EmChatroomAttribute))]
    public sealed class GetEmChatroomAttributeCommand : EmChatroomCmdlet
    {
        /// <summary>Only these keys (those that exist); every key when omitted.</summary>
        [Parameter(Position = 1)]
        public string[]? Key { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                var keys = Key;
                StartItem(id, async cancellationToken =>
                {
                    var attributes = await Client.GetChatroomAttributesAsync(id, keys, cancellationToken).ConfigureAwait(false);
                    return () => WriteObject(attributes, enumerateCollection: true);
                });
            }
        }
    }
}
