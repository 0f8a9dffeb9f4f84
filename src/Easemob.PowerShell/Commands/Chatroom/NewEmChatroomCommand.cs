using System;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Creates chatrooms. Every parameter binds by property name, so `Import-Csv rooms.csv | New-EmChatroom`
    /// works; input is checked against the documented limits before anything is sent.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "EmChatroom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmChatroom))]
    public sealed class NewEmChatroomCommand : EmBulkCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        /// <summary>The owner's user name; the user must exist.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Owner { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        /// <summary>Most members, owner included (1 to 10000; the server's default is 1000).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MaxUsers { get; set; }

        /// <summary>Members other than the owner; a single string is split on ';', ',' and white space.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [UserListTransformation]
        public string[]? Members { get; set; }

        /// <summary>Extension data, at most 8 KB.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Custom { get; set; }

        protected override void ProcessRecord()
        {
            var members = Members == null || Members.Length == 0 ? null : Members;
            var invalid = InputChecks.Name(Name, Name)
                ?? InputChecks.Description(Description, Name)
                ?? InputChecks.MaxUsers(MaxUsers, Name)
                ?? InputChecks.Custom(Custom, Name)
                ?? CheckMembers(members);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
            if (!ShouldProcess(Name + " (owner " + Owner + ")", "Create chatroom"))
            {
                return;
            }

            var request = new NewChatroomRequest
            {
                Name = Name,
                Description = Description,
                MaxUsers = MaxUsers,
                Owner = Owner,
                Members = members,
                Custom = Custom,
            };
            StartItem(Name, async cancellationToken =>
            {
                var id = await Client.CreateChatroomAsync(request, cancellationToken).ConfigureAwait(false);
                // Only what was sent is known without another request; the rest stays null.
                var created = new EmChatroom
                {
                    Id = id,
                    Name = request.Name,
                    Description = request.Description,
                    Owner = request.Owner,
                    MaxUsers = request.MaxUsers,
                    Custom = request.Custom,
                    Members = new[] { request.Owner }.Concat(request.Members ?? new string[0]).ToArray(),
                    MemberCount = 1 + (request.Members?.Count ?? 0),
                };
                return () => WriteObject(created);
            });
        }

        private ErrorRecord? CheckMembers(string[]? members)
        {
            if (members == null)
            {
                return null;
            }
            if (members.Any(m => string.Equals(m, Owner, StringComparison.OrdinalIgnoreCase)))
            {
                return ErrorRecords.InvalidArgument("OwnerInMembers", "Members must not include the owner '" + Owner + "'; the owner is a member already.", Name);
            }
            var maxUsers = MaxUsers ?? 1000;
            if (members.Length > maxUsers - 1)
            {
                return ErrorRecords.InvalidArgument("TooManyMembers", members.Length + " members and the owner exceed MaxUsers " + maxUsers + ".", Name);
            }
            return null;
        }
    }
}
