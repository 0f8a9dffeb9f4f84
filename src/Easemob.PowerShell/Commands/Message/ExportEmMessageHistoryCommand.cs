using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Exports the app's message history hour by hour (UTC) into a folder, one &lt;yyyyMMddHH&gt;.gz per hour: one
/// governed call per hour (10 a minute), then a plain download of the signed URL before it expires. Hours already
/// on disk are skipped, so a run that was stopped continues where it was.
/// </summary>
[Cmdlet(VerbsData.Export, "EmMessageHistory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EmHistoryFile))]
public sealed class ExportEmMessageHistoryCommand : EmApiCmdlet
{
    /// <summary>A URL this close to its Expires is asked for again rather than started.</summary>
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(30);

    private const string Activity = "Export-EmMessageHistory";

    /// <summary>The first hour to export (its hour, in UTC; a local time is converted).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public DateTime? Start { get; set; }

    /// <summary>The end of the export: hours up to this time (in UTC) are exported, the hour it falls in included.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public DateTime? End { get; set; }

    /// <summary>The folder the hour files go into; created when missing.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        // Mandatory: bound by now. Nullable only so that help shows no made-up default.
        var start = ToUtc(Start!.Value);
        var last = ToUtc(End!.Value);
        var first = HourOf(start);
        var end = HourOf(last) < last ? HourOf(last).AddHours(1) : HourOf(last);
        if (end <= first)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidTimeRange", "End (" + last.ToString("u", CultureInfo.InvariantCulture)
                + ") must be after Start (" + start.ToString("u", CultureInfo.InvariantCulture) + ").", End));
        }
        var folder = GetUnresolvedProviderPathFromPSPath(Path);
        var hours = new List<DateTime>();
        for (var hour = first; hour < end; hour = hour.AddHours(1))
        {
            hours.Add(hour);
        }

        var fetchTime = TimeSpan.Zero;
        var fetched = 0;
        for (var i = 0; i < hours.Count; i++)
        {
            var hour = hours[i];
            var file = System.IO.Path.Combine(folder, hour.ToString(EmApiLimits.HistoryHourFormat, CultureInfo.InvariantCulture) + ".gz");
            if (File.Exists(file))
            {
                WriteObject(new EmHistoryFile { Hour = hour, Path = file, Bytes = new FileInfo(file).Length, Status = EmHistoryFileStatus.Skipped });
            }
            else if (ShouldProcess(file, "Export the history of " + hour.ToString("yyyy-MM-dd HH:00 'UTC'", CultureInfo.InvariantCulture)))
            {
                Directory.CreateDirectory(folder);
                var started = DateTime.UtcNow;
                if (TryInvoke(cancellationToken => ExportHourAsync(hour, file, cancellationToken), hour, out var exported))
                {
                    WriteObject(exported);
                }
                fetchTime += DateTime.UtcNow - started;
                fetched++;
            }
            WriteHourProgress(i + 1, hours, fetched, fetchTime);
        }
        WriteProgress(new ProgressRecord(0, Activity, "Done") { RecordType = ProgressRecordType.Completed });
    }

    /// <summary>
    /// Hours done of all, and the time left: the hours still to fetch at the pace seen so far, never faster than the
    /// call's 10 a minute allows.
    /// </summary>
    private void WriteHourProgress(int done, List<DateTime> hours, int fetched, TimeSpan fetchTime)
    {
        var limit = EmApiLimits.DocumentedCallLimit(EmApiFamily.HistoryExport)!.Value;
        var floor = limit.Window.TotalSeconds / limit.Count;
        var perHour = Math.Max(floor, fetched == 0 ? floor : fetchTime.TotalSeconds / fetched);
        var record = new ProgressRecord(0, Activity, done + " of " + hours.Count + " hours")
        {
            PercentComplete = done * 100 / hours.Count,
            SecondsRemaining = (int)Math.Ceiling((hours.Count - done) * perHour),
            CurrentOperation = done < hours.Count ? hours[done].ToString("yyyy-MM-dd HH:00 'UTC'", CultureInfo.InvariantCulture) : string.Empty,
        };
        WriteProgress(record);
    }

    /// <summary>Asks for the hour's URL and downloads it; a URL expiring (or expired on the way) is asked for once more.</summary>
    private async Task<EmHistoryFile> ExportHourAsync(DateTime hour, string file, CancellationToken cancellationToken)
    {
        var hourStart = new DateTimeOffset(hour, TimeSpan.Zero);
        for (var attempt = 0; ; attempt++)
        {
            var url = await Client.GetHistoryFileUrlAsync(hourStart, cancellationToken).ConfigureAwait(false);
            if (url == null)
            {
                WriteAtomically(file, Gzip(new byte[0]));
                return new EmHistoryFile { Hour = hour, Path = file, Bytes = new FileInfo(file).Length, Status = EmHistoryFileStatus.NoMessages };
            }
            var lastTry = attempt > 0;
            if (!lastTry && url.ExpiresOn is { } expires && expires - DateTimeOffset.UtcNow < ExpiryMargin)
            {
                continue;
            }
            byte[] content;
            try
            {
                content = await Client.DownloadHistoryFileAsync(url, cancellationToken).ConfigureAwait(false);
            }
            catch (EasemobApiException refused) when (!lastTry && refused.StatusCode == 403)
            {
                // Expired between the answer and the download: a fresh URL is the fix.
                continue;
            }
            // Kept as gzip: a store that sent it with Content-Encoding had it unpacked on the way.
            WriteAtomically(file, HistoryRecords.IsGzip(content) ? content : Gzip(content));
            return new EmHistoryFile { Hour = hour, Path = file, Bytes = new FileInfo(file).Length, Status = EmHistoryFileStatus.Downloaded };
        }
    }

    /// <summary>Written beside and renamed into place: a stopped run never leaves a partial hour under the hour's name.</summary>
    private static void WriteAtomically(string file, byte[] content)
    {
        var partial = file + ".partial";
        File.WriteAllBytes(partial, content);
        if (File.Exists(file))
        {
            File.Delete(file);
        }
        File.Move(partial, file);
    }

    private static byte[] Gzip(byte[] content)
    {
        using (var packed = new MemoryStream())
        {
            using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(content, 0, content.Length);
            }
            return packed.ToArray();
        }
    }

    /// <summary>A Utc time as is; a local or unspecified one converted from local time.</summary>
    private static DateTime ToUtc(DateTime time) => time.Kind == DateTimeKind.Utc ? time : time.ToUniversalTime();

    private static DateTime HourOf(DateTime utc) => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
}
