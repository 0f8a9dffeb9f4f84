using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The API without a transport: what the HTTP host calls, usable on its own.</summary>
public sealed class DirectApiTests
{
    private static EmulatorApi Api(EmulatorOptions? options = null) => new(options ?? new EmulatorOptions { ClientId = "id", ClientSecret = "secret" });

    private static string Token(EmulatorApi api)
    {
        var body = Encoding.UTF8.GetBytes("{\"grant_type\":\"client_credentials\",\"client_id\":\"id\",\"client_secret\":\"secret\"}");
        var answer = api.Handle(new EmulatorHttpRequest("POST", "/demo-org/demo-app/token", body: body));
        return JsonDocument.Parse(answer.Body).RootElement.GetProperty("access_token").GetString()!;
    }

    [Fact]
    public void Handle_answers_a_request_without_any_HTTP()
    {
        var api = Api();
        api.Store.AddUser("u1");
        var id = api.Store.AddChatroom("room", "u1");

        var answer = api.Handle(new EmulatorHttpRequest("GET", $"/demo-org/demo-app/chatrooms/{id}?x=1", "Bearer " + Token(api), host: "example:1"));

        Assert.Equal(200, answer.Status);
        var json = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Equal($"http://example:1/demo-org/demo-app/chatrooms/{id}", json.GetProperty("uri").GetString());
        Assert.Equal($"/chatrooms/{id}", json.GetProperty("path").GetString());
        Assert.Equal(Easemob.PowerShell.Model.EmApiFamily.ChatroomItem, answer.Family);
    }

    [Fact]
    public void A_dropped_answer_has_status_0()
    {
        var api = Api(new EmulatorOptions { ClientId = "id", ClientSecret = "secret", FaultRate = 1, Seed = 5 });

        var answers = Enumerable.Range(0, 30).Select(_ => api.Handle(new EmulatorHttpRequest("GET", "/demo-org/demo-app/chatrooms"))).ToArray();

        Assert.All(answers.Where(a => a.Fault == EmulatorFault.DropBeforeApply), a => Assert.True(a.IsDropped && a.Status == 0 && a.Body.Length == 0));
        Assert.Contains(answers, a => a.IsDropped);
        Assert.Contains(answers, a => a.Status == 503);
    }

    /// <summary>A page of 1,000 from 100,000 chatrooms should take about a millisecond; the bound leaves room for slow CI.</summary>
    [Fact]
    public void A_page_of_1000_chatrooms_is_served_in_milliseconds()
    {
        var api = Api();
        api.Store.AddUser("u1");
        for (var i = 0; i < 100_000; i++)
        {
            api.Store.AddChatroom($"chatroom number {i}", "u1");
        }

        var token = "Bearer " + Token(api);
        var ids = api.Store.Chatrooms;
        var cursors = Enumerable.Range(0, 50).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes("chatroom:" + ids[i * 1900].Id))).ToArray();
        api.Handle(new EmulatorHttpRequest("GET", "/demo-org/demo-app/chatrooms?limit=1000", token)); // warm up

        var watch = Stopwatch.StartNew();
        foreach (var cursor in cursors)
        {
            var answer = api.Handle(new EmulatorHttpRequest("GET", "/demo-org/demo-app/chatrooms?limit=1000&cursor=" + Uri.EscapeDataString(cursor), token));
            Assert.Equal(200, answer.Status);
        }

        watch.Stop();
        var perPage = watch.Elapsed / cursors.Length;
        Assert.True(perPage < TimeSpan.FromMilliseconds(20), $"{perPage.TotalMilliseconds:F2} ms per page");
    }
}
