using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The history export: an hour's signed URL on the emulator, and the object store's rules for it.</summary>
public sealed class HistoryTests
{
    private static readonly DateTimeOffset TwoHoursAgo = new DateTimeOffset(DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour), TimeSpan.Zero).AddHours(-2);

    private static string Hour(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMddHH");

    private static async Task<string> UrlAsync(EmulatorClient client, DateTimeOffset hour) =>
        (await client.GetAsync("chatmessages/" + Hour(hour))).ShouldSucceed().Data[0].GetProperty("url").GetString()!;

    private static async Task<List<JsonElement>> LinesAsync(HttpResponseMessage response)
    {
        using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<JsonElement>();
        for (var line = await reader.ReadLineAsync(); line != null; line = await reader.ReadLineAsync()) lines.Add(JsonDocument.Parse(line).RootElement);
        return lines;
    }

    [Fact]
    public async Task An_hours_signed_URL_serves_its_messages_as_gzip_JSON_lines_in_the_vendors_record_format()
    {
        using var client = EmulatorClient.WithUsers("u1");
        client.Store.Messages.Import("chatroom", "u1", "room1", "txt", """{"msg":"first"}""", """{"k":"v"}""", TwoHoursAgo.AddMinutes(5));
        client.Store.Messages.Import("chat", "u2", "u3", "custom", """{"customEvent":"gift","customExts":{"name":"flower"}}""", null, TwoHoursAgo.AddMinutes(7));
        client.Store.Messages.Import("chat", "u2", "u3", "txt", """{"msg":"next hour"}""", null, TwoHoursAgo.AddMinutes(70));

        var url = await UrlAsync(client, TwoHoursAgo);
        Assert.StartsWith(client.Emulator.BaseUri.AbsoluteUri, url);
        Assert.Matches("[?&]Expires=\\d+", url);
        Assert.Contains("Signature=", url);
        using var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = await LinesAsync(response);
        Assert.Equal(2, records.Count);
        var text = records[0];
        Assert.Equal(("outgoing", "chatroom", "u1", "room1"), (text.GetProperty("direction").GetString(), text.GetProperty("chat_type").GetString(),
            text.GetProperty("payload").GetProperty("from").GetString(), text.GetProperty("payload").GetProperty("to").GetString()));
        Assert.Equal(TwoHoursAgo.AddMinutes(5).ToUnixTimeMilliseconds(), text.GetProperty("timestamp").GetInt64());
        Assert.Equal("first", text.GetProperty("payload").GetProperty("bodies")[0].GetProperty("msg").GetString());
        Assert.Equal("txt", text.GetProperty("payload").GetProperty("bodies")[0].GetProperty("type").GetString());
        Assert.Equal("v", text.GetProperty("payload").GetProperty("ext").GetProperty("k").GetString());
        var custom = records[1].GetProperty("payload").GetProperty("bodies")[0];
        Assert.Equal("flower", custom.GetProperty("v2:customExts").GetProperty("name").GetString());
        Assert.Equal("flower", custom.GetProperty("customExts")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_object_store_refuses_an_Authorization_header_a_wrong_signature_and_an_expired_URL()
    {
        using var client = EmulatorClient.WithUsers("u1");
        client.Store.Messages.Import("chat", "u1", "u2", "txt", """{"msg":"x"}""", null, TwoHoursAgo.AddMinutes(1));
        var url = await UrlAsync(client, TwoHoursAgo);

        using var withToken = new HttpRequestMessage(HttpMethod.Get, url);
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        var authorized = await client.Http.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.BadRequest, authorized.StatusCode);
        Assert.Contains("InvalidArgument", await authorized.Content.ReadAsStringAsync());

        var tampered = await client.Http.GetAsync(url.Replace("Expires=", "Expires=1"));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Contains("SignatureDoesNotMatch", await tampered.Content.ReadAsStringAsync());

        var clock = new ManualClock();
        var hour = new DateTimeOffset(clock.UtcNow.UtcDateTime.Date, TimeSpan.Zero).AddHours(-2);
        using var expiring = new EmulatorClient(new EmulatorOptions { Users = { "u1" }, HistoryUrlLifetime = TimeSpan.FromMinutes(30), Clock = clock });
        expiring.Store.Messages.Import("chat", "u1", "u2", "txt", """{"msg":"x"}""", null, hour.AddMinutes(1));
        var expiringUrl = await UrlAsync(expiring, hour);
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await expiring.Http.GetAsync(expiringUrl)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await expiring.Http.GetAsync(expiringUrl);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("AccessDenied", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_hour_without_messages_is_404_storage_object_not_found_and_bad_hours_are_400()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var app = client.Emulator.OrgName + "#" + client.Emulator.AppName;

        (await client.GetAsync("chatmessages/" + Hour(TwoHoursAgo))).ShouldFail(404, "storage_object_not_found",
            $"Failed to find chat message history download url for appkey: {app}, time: {Hour(TwoHoursAgo)}");
        (await client.GetAsync("chatmessages/2024-01-01")).ShouldFail(400, "illegal_argument", $"illegal arguments: appkey: {app}, time: 2024-01-01");
        var future = Hour(TwoHoursAgo.AddHours(5));
        (await client.GetAsync("chatmessages/" + future)).ShouldFail(400, "illegal_argument",
            $"illegal arguments: appkey: {app}, time: {future}, maybe chat message history is expired or unstored");
    }
}
