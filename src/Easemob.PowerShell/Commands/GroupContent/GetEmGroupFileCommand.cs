using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Gets the files shared in groups, page by page by page number; several groups are read at once.</summary>
[Cmdlet(VerbsCommon.Get, "EmGroupFile")]
[OutputType(typeof(EmGroupFile))]
public sealed class GetEmGroupFileCommand : EmGroupCmdlet
{
    /// <summary>Files per request (1 to <see cref="EmApiLimits.MaxGroupPageSize"/>).</summary>
    [Parameter]
    [ValidateRange(1, EmApiLimits.MaxGroupPageSize)]
    public int PageSize { get; set; } = EmApiLimits.MaxGroupPageSize;

    protected override void ProcessRecord()
    {
        var pageSize = PageSize;
        StartChatroomRead<EmGroupFile>(async (id, cancellationToken) =>
        {
            // A group's files are few (the page holds 1000): read them all, then write them in order.
            var files = new List<EmGroupFile>();
            for (var pageNum = 1; ; pageNum++)
            {
                var page = await Client.ListGroupFilesAsync(id, pageNum, pageSize, cancellationToken).ConfigureAwait(false);
                files.AddRange(page);
                if (page.Count < pageSize) return files;
            }
        });
    }
}
