using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Gets users' block lists, newest first, each read page by page (cursor paging).</summary>
    [Cmdlet(VerbsCommon.Get, "EmUserBlockedUser", SupportsPaging = true)]
    [OutputType(typeof(EmUserBlockedUser))]
    public sealed class GetEmUserBlockedUserCommand : EmApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmUser.Username))]
        public string[] Username { get; set; } = new string[0];

        /// <summary>Blocked users per request (1 to 50).</summary>
        [Parameter]
        [ValidateRange(1, EmApiLimits.MaxBlockedUsersPerPage)]
        public int PageSize { get; set; } = EmApiLimits.MaxBlockedUsersPerPage;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (PagingParameters.IncludeTotalCount)
            {
                // The list call reports no total.
                WriteObject(PagingParameters.NewTotalCount(0, 0.0));
            }
        }

        protected override void ProcessRecord()
        {
            foreach (var username in ValidUsernames(Username))
            {
                // -First and -Skip apply to each user's list.
                var window = new PagingWindow(PagingParameters);
                ReadCursorListing((cursor, ct) => Client.ListBlockedUsersAsync(username, window.Needed(PageSize), cursor, ct), window, (blocked, pages) =>
                {
                    pages.ReadNext();
                    WriteObject(blocked, enumerateCollection: true);
                }, username);
            }
        }
    }
}
