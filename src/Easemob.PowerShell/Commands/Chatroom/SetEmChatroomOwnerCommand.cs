using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Transfers a chatroom to a new owner.</summary>
    [Cmdlet(VerbsCommon.Set, "EmChatroomOwner", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroom))]
    public sealed class SetEmChatroomOwnerCommand : EmChatroomCmdlet
    {
        /// <summary>The new owner's user name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation]
        public string NewOwner { get; set; } = string.Empty;

        /// <summary>Writes the chatroom as it is after the transfer (one more request per chatroom).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var newOwner = NewOwner;
            foreach (var id in CheckedIds())
            {
                var invalid = InputChecks.Username(newOwner, "InvalidNewOwner", id);
                if (invalid != null)
                {
                    WriteError(invalid);
                    continue;
                }
                if (ShouldProcess(id, "Transfer chatroom to " + newOwner))
                {
                    StartTransfer(id, newOwner);
                }
            }
        }

        private void StartTransfer(string id, string newOwner)
        {
            Items.Start(id, async cancellationToken =>
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
