using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Gets users by name; a chatroom member or any object with a Username property pipes in.</summary>
    [Cmdlet(VerbsCommon.Get, "EmUser")]
    [OutputType(typeof(EmUser))]
    public sealed class GetEmUserCommand : EmApiCmdlet
    {
        private const int UsersInFlight = 8;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmUser.Username))]
        public string[] Username { get; set; } = new string[0];

        protected override int MaxInFlight => UsersInFlight;

        protected override void ProcessRecord()
        {
            StartReadPerUser(Username, Client.GetUserAsync);
        }
    }
}
