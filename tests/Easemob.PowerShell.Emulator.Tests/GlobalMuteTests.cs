using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class GlobalMuteTests
{
    [Fact]
    public async Task Set_then_get_reads_remaining_seconds_and_0_for_scopes_never_set()
    {
        using var client = EmulatorClient.WithUsers("u1");

        var set = (await client.PostAsync("mutes", new { username = "u1", chat = 100, chatroom = -1 })).ShouldSucceed();
        var get = (await client.GetAsync("mutes/u1")).ShouldSucceed();

        Assert.Equal("{\"result\":\"ok\"}", set.Data.GetRawText());
        Assert.Equal("u1", get.Data.GetProperty("userid").GetString());
        Assert.InRange(get.Data.GetProperty("chat").GetInt64(), 95, 100); // remaining seconds, counting down
        Assert.Equal(0, get.Data.GetProperty("groupchat").GetInt64());
        Assert.Equal(-1, get.Data.GetProperty("chatroom").GetInt64());
        var unixtime = get.Data.GetProperty("unixtime").GetInt64();
        Assert.InRange(unixtime, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 5, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 5);
        var stored = client.Store.FindGlobalMute("u1")!;
        Assert.InRange(stored.Chat!.Value, 95, 100);
        Assert.Equal(((long?)null, -1L), (stored.GroupChat, stored.Chatroom!.Value));
    }

    [Fact]
    public async Task Mutes_expire_and_lifted_scopes_read_0()
    {
        using var client = EmulatorClient.WithUsers("u1");
        (await client.PostAsync("mutes", new { username = "u1", chat = 1, groupchat = 50 })).ShouldSucceed();
        (await client.PostAsync("mutes", new { username = "u1", groupchat = 0 })).ShouldSucceed();

        await Task.Delay(TimeSpan.FromMilliseconds(1100));

        var get = (await client.GetAsync("mutes/u1")).ShouldSucceed();
        Assert.Equal(0, get.Data.GetProperty("chat").GetInt64());
        Assert.Equal(0, get.Data.GetProperty("groupchat").GetInt64());
        var rows = (await client.GetAsync("mutes")).ShouldSucceed().Data.GetProperty("data");
        Assert.Equal("[{\"username\":\"u1\",\"chat\":0},{\"username\":\"u1\",\"groupchat\":0}]", rows.GetRawText());
    }

    [Fact]
    public async Task Set_and_get_errors_are_the_documented_ones()
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync("mutes", new { chat = 10 })).ShouldFail(400, "required_property_not_found", "username must be provided");
        (await client.PostAsync("mutes", new { username = "ghost", chat = 10 })).ShouldFail(400, "required_property_not_found", "username ghost doesn't exist");
        (await client.GetAsync("mutes/ghost")).ShouldFail(400, "required_property_not_found", "username ghost doesn't exist");
        Assert.Equal("invalid_parameter", (await client.PostAsync("mutes", new { username = "u1", chat = 2147483648L })).Error);
        Assert.Equal("invalid_parameter", (await client.PostAsync("mutes", new { username = "u1", groupchat = -2 })).Error);
        (await client.PostAsync("mutes", new { username = "u1", chatroom = 2147483647 })).ShouldSucceed();
    }

    [Fact]
    public async Task List_pages_rows_so_one_users_rows_can_span_a_page_boundary()
    {
        using var client = EmulatorClient.WithUsers("a", "b", "c");
        client.Store.SetGlobalMute("b", -1, -1, -1);
        client.Store.SetGlobalMute("a", null, 0, null);
        client.Store.SetGlobalMute("c", 0, null, -1);

        var first = (await client.GetAsync("mutes?pageNum=1&pageSize=2")).ShouldSucceed();
        var second = (await client.GetAsync("mutes?pageNum=2&pageSize=2")).ShouldSucceed();
        var third = (await client.GetAsync("mutes?pageNum=3&pageSize=2")).ShouldSucceed();
        var all = (await client.GetAsync("mutes")).ShouldSucceed();

        Assert.Equal("[{\"username\":\"b\",\"chat\":-1},{\"username\":\"b\",\"groupchat\":-1}]", first.Data.GetProperty("data").GetRawText());
        Assert.Equal("[{\"username\":\"b\",\"chatroom\":-1},{\"username\":\"a\",\"groupchat\":0}]", second.Data.GetProperty("data").GetRawText());
        Assert.Equal("[{\"username\":\"c\",\"chat\":0},{\"username\":\"c\",\"chatroom\":-1}]", third.Data.GetProperty("data").GetRawText());
        Assert.Equal(6, all.Data.GetProperty("data").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, all.Data.GetProperty("unixtime").ValueKind);
    }

    [Fact]
    public async Task List_page_size_is_1_to_50()
    {
        using var client = EmulatorClient.WithUsers(Enumerable.Range(0, 30).Select(i => $"u{i}").ToArray());
        for (var i = 0; i < 30; i++)
        {
            client.Store.SetGlobalMute($"u{i}", 10, 10, null);
        }

        Assert.Equal(10, (await client.GetAsync("mutes")).ShouldSucceed().Data.GetProperty("data").GetArrayLength());
        Assert.Equal(50, (await client.GetAsync("mutes?pageSize=50")).ShouldSucceed().Data.GetProperty("data").GetArrayLength());
        Assert.Equal("invalid_parameter", (await client.GetAsync("mutes?pageSize=51")).Error);
        Assert.Equal("invalid_parameter", (await client.GetAsync("mutes?pageSize=0")).Error);
        Assert.Equal("invalid_parameter", (await client.GetAsync("mutes?pageNum=0")).Error);
    }
}
