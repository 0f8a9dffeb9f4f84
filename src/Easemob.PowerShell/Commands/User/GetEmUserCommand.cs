using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Gets users by name (a chatroom member or any object with a Username property pipes in) or, with no name,
    /// every user of the app, streamed page by page (cursor paging) so a large app is read in flat memory.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EmUser", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(EmUser))]
    public sealed class GetEmUserCommand : EmApiCmdlet
    {
        private const string ListSet = "List";
        private const string NameSet = "Username";
        private const int UsersInFlight = 8;

        private PagingWindow? _window;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = NameSet)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmUser.Username))]
        public string[] Username { get; set; } = new string[0];

        /// <summary>Users per request when listing (1 to 100).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, EmApiLimits.MaxUsersPerListPage)]
        public int PageSize { get; set; } = EmApiLimits.MaxUsersPerListPage;

        protected override int MaxInFlight => UsersInFlight;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _window = new PagingWindow(PagingParameters);
            if (PagingParameters.IncludeTotalCount)
            {
                // The list call reports no total.
                WriteObject(PagingParameters.NewTotalCount(0, 0.0));
            }
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == NameSet)
            {
                StartReadPerUser(Username, Client.GetUserAsync);
            }
            else
            {
                ReadAllUsers();
            }
        }

        /// <summary>
        /// Reads page after page. The next page is asked for before this page's users are written, so its latency
        /// overlaps the downstream work; only two pages are ever held.
        /// </summary>
        private void ReadAllUsers()
        {
            using (var prefetchCancel = CancellationTokenSource.CreateLinkedTokenSource(StopToken))
            {
                Task<UserListPage>? next = Client.ListUsersAsync(_window!.Needed(PageSize), null, prefetchCancel.Token);
                try
                {
                    long read = 0;
                    while (next != null)
                    {
                        var page = Await(next);
                        next = null;
                        read += page.Items.Count;
                        var selected = new List<EmUser>(page.Items.Count);
                        foreach (var user in page.Items)
                        {
                            if (_window.Admit())
                            {
                                selected.Add(user);
                            }
                        }
                        if (page.Cursor != null && page.Items.Count > 0 && !_window.IsFull)
                        {
                            next = Client.ListUsersAsync(_window.Needed(PageSize), page.Cursor, prefetchCancel.Token);
                        }
                        foreach (var user in selected)
                        {
                            WriteObject(user);
                        }
                        ReportProgress(MyInvocation.MyCommand.Name, read, null);
                    }
                }
                catch (EasemobApiException exception)
                {
                    // Reported, not swallowed: what was read so far stays written.
                    WriteError(ErrorRecords.FromApi(exception, null));
                }
                finally
                {
                    // A downstream Select-Object -First or Ctrl+C unwinds through here: drop the prefetch.
                    prefetchCancel.Cancel();
                    next?.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
                }
            }
        }
    }
}
