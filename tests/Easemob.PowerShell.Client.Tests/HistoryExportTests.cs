using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The history export's calls and the history file's records, read from the vendor's examples.</summary>
public sealed class HistoryExportTests
{
    [Fact]
    public async Task TheHoursUrl_ReadsTheVendorExample_WithItsExpiry()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("history.chatmessages"));
        using var client = TestClients.Create(handler);

        var file = await client.GetHistoryFileUrlAsync(new DateTimeOffset(2018, 11, 27, 17, 30, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(TestClients.Root + "chatmessages/2018112717", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Equal("https://xxxx/?Expires=1543316122&OSSAccessKeyId=XXXX&Signature=XXXX", file!.Url.AbsoluteUri);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1543316122), file.ExpiresOn);
    }

    [Fact]
    public async Task AnHourWithoutMessages_IsNoFile()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(404, EmErrorCodes.StorageObjectNotFound, "Failed to find chat message history download url"));
        using var client = TestClients.Create(handler);

        Assert.Null(await client.GetHistoryFileUrlAsync(DateTimeOffset.UtcNow.AddHours(-2), CancellationToken.None));
        Assert.Single(handler.ApiRequests);
    }

    [Fact]
    public async Task TheDownload_IsAPlainRequestOfTheSignedUrlAsGiven_AndItsErrorsHideTheSignature()
    {
        const string signed = "https://store.example.test/org/app/2018112717.gz?Expires=1543316122&OSSAccessKeyId=KEY&Signature=abc%2Bdef%3D";
        var fails = false;
        var handler = FakeHttpHandler.ForApi(request => request.Uri.AbsolutePath.EndsWith("/chatmessages/2018112717", StringComparison.Ordinal)
            ? Responses.Json("{\"data\":[{\"url\":\"" + signed + "\"}]}")
            : fails ? Responses.Error(403, EmErrorCodes.AccessDenied, "Request has expired.") : Responses.Json("gz-bytes"));
        using var client = TestClients.Create(handler);
        var file = (await client.GetHistoryFileUrlAsync(new DateTimeOffset(2018, 11, 27, 17, 0, 0, TimeSpan.Zero), CancellationToken.None))!;

        var content = await client.DownloadHistoryFileAsync(file, CancellationToken.None);
        fails = true;
        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.DownloadHistoryFileAsync(file, CancellationToken.None));

        Assert.Equal("gz-bytes", System.Text.Encoding.UTF8.GetString(content));
        var download = handler.ApiRequests[1];
        Assert.Equal(signed, download.Uri.AbsoluteUri);
        Assert.Null(download.Authorization);
        Assert.Equal(403, error.StatusCode);
        Assert.DoesNotContain("Signature", error.Message);
        Assert.DoesNotContain("abc", error.RequestUri);
    }

    [Fact]
    public void EveryDocumentedBodyType_ReadsFromTheVendorsRecordExamples()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "history.records.jsonl"));

        var messages = lines.Select(HistoryRecords.Parse).ToList();

        Assert.Equal(new[] { "txt", "img", "loc", "audio", "video", "file", "cmd", "custom", "" }, messages.Select(m => m.Type));
        Assert.All(messages, m => Assert.Equal(("user1", "user2", EmChatType.Chat), (m.From, m.To, m.ChatType)));
        Assert.All(messages, m => Assert.Equal("value1", m.Extension["key1"]));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1403099033211), messages[0].Timestamp);
        Assert.Equal("welcome to easemob!", messages[0].Text);
        Assert.Null(messages[1].Text);
        Assert.Equal(1325L, ((IDictionary<string, object?>)messages[1].Body["size"]!)["height"]);
        Assert.Equal(116.36302, messages[2].Body["lng"]);
        Assert.Equal(10L, messages[3].Body["length"]);
        Assert.Equal("ZyebKn9pEeSSfY03ROk7ND24zUf74s7HpPN1oMV-1JxN2O2I", messages[4].Body["thumb_secret"]);
        Assert.Equal("record.md", messages[5].Body["filename"]);
        Assert.Equal("run", messages[6].Body["action"]);
        Assert.Equal("gift_1", messages[7].Body["customEvent"]);
        Assert.Equal("flower", ((IDictionary<string, object?>)messages[7].Body["v2:customExts"]!)["name"]);
        Assert.Equal(3, ((object?[])messages[7].Body["customExts"]!).Length);
        Assert.Equal("sub_combine", messages[8].Body["subType"]);
    }

    [Fact]
    public void ARecordThatIsNotJson_IsAFormatException()
    {
        Assert.Throws<FormatException>(() => HistoryRecords.Parse("{\"msg_id\":"));
        Assert.Throws<FormatException>(() => HistoryRecords.Parse("{\"timestamp\":1}"));
    }
}
