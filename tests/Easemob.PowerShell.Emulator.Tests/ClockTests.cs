using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>Everything time-bound in the emulator reads its injectable clock: expiries are tested without waiting.</summary>
public sealed class ClockTests
{
    [Fact]
    public async Task Tokens_mutes_timestamps_and_the_request_log_follow_the_injected_clock()
    {
        var clock = new ManualClock();
        var options = new EmulatorOptions { TokenTtl = TimeSpan.FromMinutes(1), Clock = clock };
        options.Users.Add("u1");
        using var client = new EmulatorClient(options);
        var room = client.Store.AddChatroom("room", "u1", members: null);
        client.Store.AddUser("u2");
        await client.AuthenticateAsync();
        (await client.PostAsync($"chatrooms/{room}/users", new { usernames = new[] { "u2" } })).ShouldSucceed();
        (await client.PostAsync($"chatrooms/{room}/mute", new { usernames = new[] { "u2" }, mute_duration = 30_000 })).ShouldSucceed();
        client.Store.SetGlobalMute("u2", 45, null, null);

        Assert.Equal(clock.UtcNow.ToUnixTimeMilliseconds() + 30_000, Assert.Single(client.Store.ChatroomMutes(room)).Expire);
        Assert.Equal(45, client.Store.FindGlobalMute("u2")!.Chat);
        Assert.Equal(clock.UtcNow, client.Store.FindChatroom(room)!.Created);
        var answer = (await client.GetAsync($"chatrooms/{room}")).ShouldSucceed();
        Assert.Equal(clock.UtcNow.ToUnixTimeMilliseconds(), answer.Json.GetProperty("timestamp").GetInt64());
        Assert.Equal(clock.UtcNow, client.Emulator.Requests[^1].Time);

        clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Empty(client.Store.ChatroomMutes(room));
        Assert.Equal(0, client.Store.FindGlobalMute("u2")!.Chat);
        (await client.GetAsync("chatrooms")).ShouldFail(401, "unauthorized", "Unable to authenticate (OAuth)");
    }
}
