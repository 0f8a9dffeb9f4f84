using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Changes a chatroom's name, description or member limit; only the given fields are sent.</summary>
    [Cmdlet(VerbsCommon.Set, "EmChatroom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroom))]
    public sealed class SetEmChatroomCommand : EmBulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("ChatroomId", "RoomId")]
        [ArgumentCompleter(typeof(ChatroomIdCompleter))]
        [AllowEmptyString]
        public string Id { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MaxUsers { get; set; }

        /// <summary>Writes the chatroom as it is after the change (one more request per chatroom).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var invalid = InputChecks.ChatroomId(Id)
                ?? NothingToChange()
                ?? (Name != null ? InputChecks.Name(Name, Id) : null)
                ?? InputChecks.Description(Description, Id)
                ?? InputChecks.MaxUsers(MaxUsers, Id);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
            if (!ShouldProcess(Id, "Set chatroom " + string.Join(", ", Changes())))
            {
                return;
            }
            var id = Id;
            var name = Name;
            var description = Description;
            var maxUsers = MaxUsers;
            StartItem(id, async cancellationToken =>
            {
                var result = await Client.UpdateChatroomAsync(id, name, description, maxUsers, cancellationToken).ConfigureAwait(false);
                var refused = Refused(result);
                EmChatroom? updated = null;
                if (PassThru && refused.Count == 0)
                {
                    updated = await GetChatroomAsync(id, cancellationToken).ConfigureAwait(false);
                }
                return () =>
                {
                    if (refused.Count > 0)
                    {
                        WriteError(ErrorRecords.InvalidOperation("ChatroomNotUpdated", "The server did not change " + string.Join(", ", refused) + " of chatroom " + id + ".", id));
                    }
                    else if (updated != null)
                    {
                        WriteObject(updated);
                    }
                };
            });
        }

        private ErrorRecord? NothingToChange() =>
            Name == null && Description == null && MaxUsers == null
                ? ErrorRecords.InvalidArgument("NothingToSet", "Give at least one of -Name, -Description or -MaxUsers.", Id)
                : null;

        private IEnumerable<string> Changes()
        {
            if (Name != null) yield return "Name";
            if (Description != null) yield return "Description";
            if (MaxUsers != null) yield return "MaxUsers";
        }

        private static List<string> Refused(ChatroomUpdateResult result)
        {
            var refused = new List<string>();
            if (result.Name == false) refused.Add("Name");
            if (result.Description == false) refused.Add("Description");
            if (result.MaxUsers == false) refused.Add("MaxUsers");
            return refused;
        }
    }
}
