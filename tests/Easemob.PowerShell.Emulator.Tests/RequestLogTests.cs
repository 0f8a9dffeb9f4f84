using Easemob.PowerShell.Emulator.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_request_is_logged_in_arrival_order_with_its_outcome()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = client.Store.AddChatroom("room", "u1");

        await client.AuthenticateAsync();
        await client.GetAsync("chatrooms?limit=5&cursor=");
        await client.GetAsync($"chatrooms/{id}%2C1");
        await client.PutAsync($"chatrooms/{id}", new { name = "new" });
        await client.GetAsync("nowhere");
        client.Token = "bad";
        await client.GetAsync("mutes");

        var log = client.Emulator.Requests;
        Assert.Equal(6, log.Count);
        Assert.Equal(
            new (string, string, string, int, string?, EmApiFamily?)[]
            {
                ("POST", "/demo-org/demo-app/token", "", 200, null, EmApiFamily.Token),
                ("GET", "/demo-org/demo-app/chatrooms", "limit=5&cursor=", 200, null, EmApiFamily.ChatroomCollection),
                ("GET", $"/demo-org/demo-app/chatrooms/{id}%2C1", "", 404, "service_resource_not_found", EmApiFamily.ChatroomItem),
                ("PUT", $"/demo-org/demo-app/chatrooms/{id}", "", 200, null, EmApiFamily.ChatroomItem),
                ("GET", "/demo-org/demo-app/nowhere", "", 404, "service_resource_not_found", null),
                ("GET", "/demo-org/demo-app/mutes", "", 401, "unauthorized", EmApiFamily.GlobalMute),
            },
            log.Select(r => (r.Method, r.Path, r.Query, r.Status, r.ErrorCode, r.Family)));
        Assert.All(log, r => Assert.Equal(EmulatorFault.None, r.Fault));
        Assert.All(log, r => Assert.True(r.Duration > TimeSpan.Zero));
        Assert.Equal(log.Select(r => r.Time).OrderBy(t => t), log.Select(r => r.Time));
        Assert.InRange(log[0].Time, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Requests_is_a_snapshot_and_ClearRequests_empties_the_log()
    {
        using var client = new EmulatorClient();
        await client.AuthenticateAsync();
        var before = client.Emulator.Requests;

        await client.GetAsync("chatrooms");
        client.Emulator.ClearRequests();
        await client.GetAsync("users");

        Assert.Single(before);
        var after = Assert.Single(client.Emulator.Requests);
        Assert.Equal("/demo-org/demo-app/users", after.Path);
    }

    [Fact]
    public async Task Concurrent_requests_are_all_logged()
    {
        using var client = new EmulatorClient();
        await client.AuthenticateAsync();
        client.Emulator.ClearRequests();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => client.GetAsync($"chatrooms?limit={i % 50 + 1}")));

        var log = client.Emulator.Requests;
        Assert.Equal(200, log.Count);
        Assert.Equal(Enumerable.Range(1, 50), log.Select(r => int.Parse(r.Query.Split('=')[1])).Distinct().Order());
    }
}
