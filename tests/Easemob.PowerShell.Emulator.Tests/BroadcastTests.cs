using Easemob.PowerShell.Emulator.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The broadcasts' quotas per window and per UTC day, read on the emulator's clock, and the feature switch.</summary>
public sealed class BroadcastTests
{
    private static Task<ApiAnswer> ChatroomBroadcastAsync(EmulatorClient client) =>
        client.PostAsync("messages/chatrooms/broadcast", new { msg = new { type = "txt", msg = "notice" } });

    [Fact]
    public async Task A_chatroom_broadcast_past_its_window_quota_is_429_until_the_window_has_passed()
    {
        var clock = new ManualClock();
        using var client = new EmulatorClient(new EmulatorOptions { Clock = clock });
        var window = EmApiLimits.DocumentedBroadcastQuota(EmApiFamily.ChatroomBroadcast)!.Value.PerWindow;
        for (var i = 0; i < window.Count; i++)
        {
            (await ChatroomBroadcastAsync(client)).ShouldSucceed();
        }

        (await ChatroomBroadcastAsync(client)).ShouldFail(429, "reach_limit", "This request has reached api limit");
        clock.Advance(window.Window);

        var answer = (await ChatroomBroadcastAsync(client)).ShouldSucceed();
        Assert.Equal(client.Store.Messages.Broadcasts[^1].Id, answer.Data.GetProperty("id").GetInt64().ToString());
        Assert.Equal(window.Count + 1, client.Store.Messages.Broadcasts.Count);
        Assert.Equal(clock.UtcNow, client.Store.Messages.Broadcasts[^1].SentOn);
    }

    [Fact]
    public async Task The_daily_quota_is_403_forbidden_op_until_the_next_UTC_day()
    {
        var clock = new ManualClock();
        using var client = new EmulatorClient(new EmulatorOptions { Clock = clock, DailyBroadcastQuota = 1, TokenTtl = TimeSpan.FromDays(2) });
        (await ChatroomBroadcastAsync(client)).ShouldSucceed();
        clock.Advance(TimeSpan.FromHours(1));

        (await ChatroomBroadcastAsync(client)).ShouldFail(403, "forbidden_op", "chatroom broadcast limit exceeded");
        clock.Advance(TimeSpan.FromHours(23));

        (await ChatroomBroadcastAsync(client)).ShouldSucceed();
        Assert.Equal(2, client.Store.Messages.Broadcasts.Count);
    }

    [Fact]
    public async Task A_broadcast_not_enabled_for_the_app_is_the_documented_403()
    {
        using var client = new EmulatorClient(new EmulatorOptions { DisabledFeatures = { EmulatorFeature.ChatroomBroadcast } });

        (await ChatroomBroadcastAsync(client)).ShouldFail(403, "forbidden_op", "message broadcast service is unopened");
        Assert.Empty(client.Store.Messages.Broadcasts);
    }
}
