using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Gets global mutes: every muted user of the app (paged; the server's per-scope rows are merged into
    /// one object per user, across page boundaries too), or the given users.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EmGlobalMute", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(EmGlobalMute))]
    public sealed class GetEmGlobalMuteCommand : EmApiCmdlet
    {
        private const string ListSet = "List";
        private const string UserSet = "Username";
        private const int UsersInFlight = 8;

        /// <summary>Users whose mute state to get.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UserSet)]
        [AllowEmptyString]
        [IdentityTransformation(nameof(EmUser.Username))]
        [ArgumentCompleter(typeof(UsernameCompleter))]
        public string[] Username { get; set; } = new string[0];

        /// <summary>Rows per request when listing (1 to <see cref="EmApiLimits.MaxGlobalMutePageSize"/>).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, EmApiLimits.MaxGlobalMutePageSize)]
        public int PageSize { get; set; } = 50;

        protected override int MaxInFlight => UsersInFlight;

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                ReadAll();
                return;
            }
            StartReadPerUser(Username, Client.GetGlobalMuteAsync);
        }

        private void ReadAll()
        {
            // The server lists a user's rows together, but a page can end inside them: hold the current
            // user until a row of another user (or the end) shows it is complete.
            EmGlobalMute? current = null;
            long rows = 0;
            var pageSize = PageSize;
            using (var pages = new PageReadAhead<GlobalMutePage>(
                (pageNum, ct) => Client.ListGlobalMutesAsync(pageNum, pageSize, ct), page => page.Rows.Count == pageSize, int.MaxValue, StopToken))
            {
                for (var next = pages.Next(); next != null && TryAwait(next, null, out var page); next = pages.Next())
                {
                    pages.Received(page);
                    foreach (var row in page.Rows)
                    {
                        if (current != null && current.Username != row.Username)
                        {
                            WriteObject(current);
                            current = null;
                        }
                        current = current == null ? row : GlobalMuteMerger.Merge(current, row);
                    }
                    rows += page.Rows.Count;
                    ReportProgress(MyInvocation.MyCommand.Name, rows, null);
                }
            }
            if (current != null)
            {
                WriteObject(current);
            }
        }
    }
}
