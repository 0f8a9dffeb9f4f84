using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.Hosting;
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
        Assert.All(log, r => Assert.Equal(r.Answered - r.Time, r.Duration));
        Assert.Equal(log.Select(r => r.Time).OrderBy(t => t), log.Select(r => r.Time));
        // Sent one after another: each was answered before the next arrived, on one clock.
        Assert.All(log.Zip(log.Skip(1)), pair => Assert.True(pair.First.Answered <= pair.Second.Time));
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

    [Fact]
    public async Task The_log_keeps_only_the_most_recent_requests_up_to_its_capacity()
    {
        using var client = new EmulatorClient(new EmulatorOptions { RequestLogCapacity = 5 });
        await client.AuthenticateAsync();
        for (var i = 1; i <= 7; i++)
        {
            await client.GetAsync($"chatrooms?limit={i}");
        }

        Assert.Equal(new[] { "limit=3", "limit=4", "limit=5", "limit=6", "limit=7" }, client.Emulator.Requests.Select(r => r.Query));
        Assert.Equal("limit=7", client.Emulator.Requests[4].Query);
        Assert.Throws<ArgumentException>(() => EasemobEmulator.Start(new EmulatorOptions { RequestLogCapacity = 0 }));
    }

    [Fact]
    public void A_snapshot_leaves_out_requests_in_flight_and_never_changes_afterwards()
    {
        var log = new RequestLog(1000, SystemEmulatorClock.Instance);
        var entries = Enumerable.Range(0, 4).Select(i => log.Arrive("GET", "/o/a/r" + i, "")).ToArray();
        var answer = new EmulatorHttpResponse(200, Array.Empty<byte>());
        log.Complete(entries[0], answer);
        log.Complete(entries[2], answer);

        var during = log.Snapshot();
        log.Complete(entries[1], answer);
        log.Complete(entries[3], answer);
        var after = log.Snapshot();

        Assert.Equal(new[] { "/o/a/r0", "/o/a/r2" }, during.Select(r => r.Path));
        Assert.Equal(("/o/a/r0", "/o/a/r2"), (during[0].Path, during[1].Path));
        Assert.Equal(new[] { "/o/a/r0", "/o/a/r1", "/o/a/r2", "/o/a/r3" }, after.Select(r => r.Path));
        Assert.Equal("/o/a/r3", after[3].Path);
        log.Clear();
        Assert.Empty(log.Snapshot());
        Assert.Equal(4, after.Count);
    }

    [Fact]
    public void Reading_a_full_log_does_not_copy_it()
    {
        var log = new RequestLog(10_000, SystemEmulatorClock.Instance);
        var answer = new EmulatorHttpResponse(200, Array.Empty<byte>());
        for (var i = 0; i < 25_000; i++)
        {
            log.Complete(log.Arrive("GET", "/o/a/chatrooms", ""), answer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var snapshot = log.Snapshot();
        var (count, last) = (snapshot.Count, snapshot[snapshot.Count - 1]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(10_000, count);
        Assert.NotNull(last);
        // A copy of 10,000 references alone is 80 KB; the snapshot shares the log's segments.
        Assert.True(allocated < 4096, $"{allocated} bytes allocated to read the log");
    }
}
