using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>Gets users' contacts with their remarks, each user's list read page by page (cursor paging).</summary>
    [Cmdlet(VerbsCommon.Get, "EmUserContact", SupportsPaging = true)]
    [OutputType(typeof(EmUserContact))]
    public sealed class GetEmUserContactCommand : EmApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmUser.Username))]
        public string[] Username { get; set; } = new string[0];

        /// <summary>Contacts per request (1 to 50).</summary>
        [Parameter]
        [ValidateRange(1, EmApiLimits.MaxContactsPerPage)]
        public int PageSize { get; set; } = EmApiLimits.MaxContactsPerPage;

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
                ReadCursorListing((cursor, ct) => Client.ListContactsAsync(username, window.Needed(PageSize), cursor, ct), window, (contacts, pages) =>
                {
                    pages.ReadNext();
                    WriteObject(contacts, enumerateCollection: true);
                }, username);
            }
        }
    }
}
