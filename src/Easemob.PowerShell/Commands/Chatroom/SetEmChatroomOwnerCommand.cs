using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Transfers a chatroom to a new owner.</summary>
    [Cmdlet(VerbsCommon.Set, "EmChatroomOwner", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroom))]
    public sealed class SetEmChatroomOwnerCommand : EmBulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ChatroomId", "RoomId")]
        [ArgumentCompleter(typeof(ChatroomIdCompleter))]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        /// <summary>The new owner's user name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string NewOwner { get; set; } = string.Empty;

        /// <summary>Writes the chatroom as it is after the transfer (one more request per chatroom).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var invalid = InputChecks.ChatroomId(Id) ?? InputChecks.Username(NewOwner, "InvalidNewOwner", Id);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
            if (!ShouldProcess(Id, "Transfer chatroom to " + NewOwner))
            {
                return;
            }
            var id = Id;
            var newOwner = NewOwner;
            StartItem(id, async cancellationToken =>
            {
                var transferred = await Client.TransferChatroomOwnerAsync(id, newOwner, cancellationToken).ConfigureAwait(false);
                EmChatroom? updated = null;
                if (PassThru && transferred)
                {
                    updated = await GetChatroomAsync(id, cancellationToken).ConfigureAwait(false);
                }
                return () =>
                {
                    if (!transferred)
                    {
                        WriteError(ErrorRecords.InvalidOperation("ChatroomNotTransferred", "The server did not transfer chatroom " + id + " to " + newOwner + ".", id));
                    }
                    else if (updated != null)
                    {
                        WriteObject(updated);
                    }
                };
            });
        }
    }
}
