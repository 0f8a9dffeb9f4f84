using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Removes files shared in groups; file objects from Get-EmGroupFile pipe in.</summary>
[Cmdlet(VerbsCommon.Remove, "EmGroupFile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(EmGroupFile))]
public sealed class RemoveEmGroupFileCommand : EmGroupCmdlet
{
    /// <summary>The file's id, as Get-EmGroupFile gives it.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string FileId { get; set; } = string.Empty;

    /// <summary>Removes without asking for confirmation (-WhatIf still only reports).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes an object for each file removed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var fileId = FileId.Trim();
        foreach (var id in CheckedIds())
        {
            if (fileId.Length == 0)
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidFileId", "A file id cannot be empty.", id));
            }
            else if (ShouldProcessUnlessForced(id, "Remove shared file " + fileId, Force))
            {
                var passThru = PassThru.IsPresent;
                Items.Start(id, async cancellationToken =>
                {
                    var removed = await Client.DeleteGroupFileAsync(id, fileId, cancellationToken).ConfigureAwait(false);
                    return !removed ? () => WriteError(ErrorRecords.InvalidOperation("FileNotRemoved", "The server did not remove file " + fileId + " of group " + id + ".", id))
                        : passThru ? () => WriteObject(new EmGroupFile { GroupId = id, FileId = fileId })
                        : NoWrites;
                });
            }
        }
    }
}
