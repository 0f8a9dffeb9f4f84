using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Reads exported history files (gzip or plain JSON lines), or every such file of a folder in name order, and
/// writes one EmHistoryMessage per record as it is read: memory stays flat however large the files.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EmMessageHistory")]
[OutputType(typeof(EmHistoryMessage))]
public sealed class GetEmMessageHistoryCommand : EmCmdlet
{
    private static readonly string[] HistoryExtensions = { ".gz", ".json", ".jsonl" };

    /// <summary>Files or folders; wildcards allowed; from the pipeline (Export-EmMessageHistory's or Get-ChildItem's output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = new string[0];

    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            System.Collections.ObjectModel.Collection<string> resolved;
            try
            {
                resolved = GetResolvedProviderPathFromPSPath(path, out _);
            }
            catch (ItemNotFoundException exception)
            {
                WriteError(new ErrorRecord(exception, "Easemob.HistoryPathNotFound", ErrorCategory.ObjectNotFound, path));
                continue;
            }
            foreach (var item in resolved)
            {
                var files = Directory.Exists(item)
                    ? Directory.EnumerateFiles(item).Where(f => HistoryExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                        .OrderBy(f => f, StringComparer.Ordinal)
                    : new[] { item }.AsEnumerable();
                foreach (var file in files)
                {
                    ReadFile(file);
                }
            }
        }
    }

    private void ReadFile(string file)
    {
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
        using (var reader = HistoryRecords.OpenText(stream))
        {
            var number = 0;
            for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                EmHistoryMessage message;
                try
                {
                    message = HistoryRecords.Parse(line);
                }
                catch (FormatException exception)
                {
                    WriteError(new ErrorRecord(exception, "Easemob.InvalidHistoryRecord", ErrorCategory.InvalidData,
                        file + ":" + number.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }
                WriteObject(message);
            }
        }
    }
}
