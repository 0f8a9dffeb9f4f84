using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Transfers a group to a new owner, who must be a member; the old owner stays on as a member.</summary>
    [Cmdlet(VerbsCommon.Set, "EmGroupOwner", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGroup))]
    public sealed class SetEmGroupOwnerCommand : EmGroupCmdlet
    {
        /// <summary>The new owner's user name.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation]
        public string NewOwner { get; set; } = string.Empty;

        /// <summary>Writes the group as it is after the transfer (one more request per group).</summary>
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
                }
                else if (ShouldProcess(id, "Transfer group to " + newOwner))
                {
                    StartGroupChange(id, ct => Client.TransferGroupOwnerAsync(id, newOwner, ct), PassThru, "GroupNotTransferred", "transfer group " + id + " to " + newOwner);
                }
            }
        }
    }
}
