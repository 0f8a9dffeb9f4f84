using System.IO.Compression;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Messages;

/// <summary>Export-EmMessageHistory and Get-EmMessageHistory against the emulator.</summary>
public sealed class HistoryTests : IDisposable
{
    private static readonly DateTime ThisHour = DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "em-history-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static void Seed(EmulatorHost host, DateTime hour, string from, string to, string text) =>
        host.Store.Messages.Import("chat", from, to, "txt", "{\"msg\":\"" + text + "\"}", null, new DateTimeOffset(hour.AddMinutes(10), TimeSpan.Zero));

    private static string Name(DateTime hour) => hour.ToString("yyyyMMddHH") + ".gz";

    [Fact]
    public void Each_hour_is_one_call_and_one_plain_download_into_its_own_gz_file_and_an_empty_hour_is_recorded()
    {
        using var host = new EmulatorHost();
        Seed(host, ThisHour.AddHours(-3), "u1", "u2", "a");
        Seed(host, ThisHour.AddHours(-2), "u2", "u1", "b");
        host.ClearRequests();

        var result = host.Run("Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2]", ThisHour.AddHours(-3), ThisHour.AddHours(-1).AddMinutes(30), _folder);

        var files = result.ThrowIfErrors().Objects<EmHistoryFile>();
        Assert.Equal(new[] { ThisHour.AddHours(-3), ThisHour.AddHours(-2), ThisHour.AddHours(-1) }, files.Select(f => f.Hour));
        Assert.Equal(new[] { EmHistoryFileStatus.Downloaded, EmHistoryFileStatus.Downloaded, EmHistoryFileStatus.NoMessages }, files.Select(f => f.Status));
        Assert.All(files, f => Assert.Equal(Path.Combine(_folder, Name(f.Hour)), f.Path));
        Assert.All(files, f => Assert.Equal(new FileInfo(f.Path).Length, f.Bytes));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial"));
        var requests = host.ApiRequests();
        Assert.Equal(3, requests.Count(r => r.Path.Contains("/chatmessages/")));
        // Refused with 400 InvalidArgument had it carried the app token.
        Assert.Equal(2, requests.Count(r => r.Path.Contains("/history-files/") && r.Status == 200));
        Assert.Equal(1, requests.Count(r => r.Status == 404 && r.ErrorCode == EmErrorCodes.StorageObjectNotFound));
        using var gzip = new StreamReader(new GZipStream(File.OpenRead(files[0].Path), CompressionMode.Decompress));
        Assert.Contains("\"msg\":\"a\"", gzip.ReadToEnd());
        Assert.Contains(result.Progress, p => p.StatusDescription == "3 of 3 hours" && p.SecondsRemaining == 0);
        Assert.Contains(result.Progress, p => p.StatusDescription == "1 of 3 hours" && p.SecondsRemaining > 0);
    }

    [Fact]
    public void A_second_run_skips_the_hours_on_disk_and_fetches_only_the_missing_one()
    {
        using var host = new EmulatorHost();
        Seed(host, ThisHour.AddHours(-3), "u1", "u2", "a");
        Seed(host, ThisHour.AddHours(-2), "u1", "u2", "b");
        var script = "Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2]";
        host.Run(script, ThisHour.AddHours(-3), ThisHour.AddHours(-1), _folder).ThrowIfErrors();
        File.Delete(Path.Combine(_folder, Name(ThisHour.AddHours(-2))));
        host.ClearRequests();

        var files = host.Run(script, ThisHour.AddHours(-3), ThisHour.AddHours(-1), _folder).ThrowIfErrors().Objects<EmHistoryFile>();

        Assert.Equal(new[] { EmHistoryFileStatus.Skipped, EmHistoryFileStatus.Downloaded }, files.Select(f => f.Status));
        Assert.Single(host.ApiRequests(), r => r.Path.Contains("/chatmessages/"));
        Assert.Contains(ThisHour.AddHours(-2).ToString("yyyyMMddHH"), host.ApiRequests().First().Path);
    }

    [Fact]
    public void Bad_ranges_are_refused_before_sending_and_WhatIf_exports_nothing()
    {
        using var host = new EmulatorHost();
        Seed(host, ThisHour.AddHours(-2), "u1", "u2", "a");
        host.ClearRequests();

        var bad = host.Run("Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2]", ThisHour, ThisHour.AddHours(-2), _folder);
        host.Run("Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2] -WhatIf", ThisHour.AddHours(-2), ThisHour, _folder).ThrowIfErrors();

        Assert.Equal("Easemob.InvalidTimeRange", bad.FirstError!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Empty(host.ApiRequests());
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void Exported_history_reads_back_as_messages_and_a_spammers_messages_pipe_into_Undo_EmMessage()
    {
        using var host = new EmulatorHost();
        var spam = host.Run("Send-EmUserMessage -Username u2,u3 -Text 'buy now' -From spammer").ThrowIfErrors().Objects<EmMessageReceipt>();
        var fine = host.Run("Send-EmChatroomMessage -Id 7 -Text hello -From u1").ThrowIfErrors().Objects<EmMessageReceipt>().Single();
        host.Run("Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2]", ThisHour, DateTime.UtcNow, _folder).ThrowIfErrors();

        var messages = host.Run("Get-EmMessageHistory $args[0]", _folder).ThrowIfErrors().Objects<EmHistoryMessage>();
        host.Run("Get-EmMessageHistory $args[0] | Where-Object From -eq spammer | Undo-EmMessage -IgnoreRecallWindow", _folder).ThrowIfErrors();

        Assert.Equal(3, messages.Count);
        var chatroom = messages.Single(m => m.ChatType == EmChatType.Chatroom);
        Assert.Equal((fine.MessageId, "u1", "7", "txt", "hello"), (chatroom.MessageId, chatroom.From, chatroom.To, chatroom.Type, chatroom.Text));
        Assert.All(spam, r => Assert.NotNull(host.Store.Messages.Find(r.MessageId)!.RecalledOn));
        Assert.Null(host.Store.Messages.Find(fine.MessageId)!.RecalledOn);
    }

    [Fact]
    public void Plain_JSON_lines_read_too_and_a_bad_line_is_its_own_error()
    {
        using var host = new EmulatorHost();
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "hour.json");
        File.WriteAllLines(file, new[]
        {
            """{"msg_id":"1","timestamp":1403099033211,"direction":"outgoing","to":"x","from":"x","chat_type":"groupchat","payload":{"bodies":[{"addr":"Xicheng","lat":39.9053,"lng":116.36302,"type":"loc"}],"ext":{},"from":"a","to":"g1"}}""",
            "not json",
            """{"msg_id":"2","timestamp":1403099033212,"chat_type":"chat","payload":{"bodies":[{"action":"run","type":"cmd"}],"from":"a","to":"b"}}""",
        });

        // File objects, as Get-ChildItem writes them (the hosted engine has no provider cmdlets).
        var result = host.Run("[System.IO.DirectoryInfo]::new($args[0]).GetFiles() | Get-EmMessageHistory", _folder);

        Assert.Equal(new[] { "1", "2" }, result.Objects<EmHistoryMessage>().Select(m => m.MessageId));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Easemob.InvalidHistoryRecord", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(file + ":2", error.TargetObject);
        var location = result.Objects<EmHistoryMessage>()[0];
        Assert.Equal((EmChatType.GroupChat, "a", "g1", "loc"), (location.ChatType, location.From, location.To, location.Type));
        Assert.Equal(39.9053, location.Body["lat"]);
    }

    [Fact]
    public void A_URL_about_to_expire_is_asked_for_again_and_an_expired_download_is_the_hours_error()
    {
        // Every URL expires at once: the first is asked again instead of used, the second fails as expired.
        using var host = new EmulatorHost("-User u1 -HistoryUrlLifetime 0");
        Seed(host, ThisHour.AddHours(-2), "u1", "u2", "a");
        host.ClearRequests();

        var result = host.Run("Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2]", ThisHour.AddHours(-2), ThisHour.AddHours(-1), _folder);

        Assert.Equal(2, host.ApiRequests().Count(r => r.Path.Contains("/chatmessages/")));
        Assert.Single(host.ApiRequests(), r => r.Path.Contains("/history-files/") && r.Status == 403 && r.ErrorCode == EmErrorCodes.AccessDenied);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ThisHour.AddHours(-2), error.TargetObject);
        Assert.False(File.Exists(Path.Combine(_folder, Name(ThisHour.AddHours(-2)))));
    }
}
