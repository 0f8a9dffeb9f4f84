using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Deletes chatrooms.</summary>
    [Cmdlet(VerbsCommon.Remove, "EmChatroom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(EmChatroom))]
    public sealed class RemoveEmChatroomCommand : EmChatroomCmdlet
    {
        /// <summary>Deletes without asking for confirmation (-WhatIf still only reports).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes an object with the id of each deleted chatroom.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in CheckedIds())
            {
                if (ShouldProcessUnlessForced(id, "Remove chatroom", Force))
                {
                    StartRemove(id);
                }
            }
        }

        private void StartRemove(string id)
        {
            Items.Start(id, async cancellationToken =>
            {
                var deleted = await Client.DeleteChatroomAsync(id, cancellationToken).ConfigureAwait(false);
                return () =>
                {
                    if (!deleted)
                    {
                        WriteError(ErrorRecords.InvalidOperation("ChatroomNotRemoved", "The server did not delete chatroom " + id + ".", id));
                    }
                    else if (PassThru)
                    {
                        WriteObject(new EmChatroom { Id = id });
                    }
                };
            });
        }
    }
}
