using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Tests;

[Collection(TimingSensitiveCollection.Name)]
public sealed class RateLimitTests
{
    private static EmulatorClient Limited(bool sendRetryAfter) =>
        new(new EmulatorOptions { EnforceRateLimit = true, SendRetryAfter = sendRetryAfter, RateLimitScale = 0.1, Users = { "u1" } });

    /// <summary>Back-to-back requests on one kept-alive connection: milliseconds in all, well inside one window.</summary>
    private static async Task<ApiAnswer[]> BurstAsync(EmulatorClient client, string path, int count)
    {
        var answers = new List<ApiAnswer>();
        for (var i = 0; i < count; i++)
        {
            answers.Add(await client.GetAsync(path));
        }

        return answers.ToArray();
    }

    [Fact]
    public async Task Calls_beyond_the_scaled_documented_limit_are_429_reach_limit_with_Retry_After()
    {
        using var client = Limited(sendRetryAfter: true);
        var id = client.Store.AddChatroom("room", "u1");
        await client.AuthenticateAsync();

        // ChatroomCollection is documented at 50/s, scaled to 5; ChatroomItem at 100/s, scaled to 10.
        var collection = await BurstAsync(client, "chatrooms", 8);
        var item = await BurstAsync(client, $"chatrooms/{id}", 10);

        Assert.Equal(5, collection.Count(a => a.Status == 200));
        var rejected = collection.Where(a => a.Status != 200).ToArray();
        Assert.Equal(3, rejected.Length);
        foreach (var answer in rejected)
        {
            answer.ShouldFail(429, "reach_limit", "This request has reached api limit");
            var retryAfter = Assert.Single(answer.Headers.GetValues("Retry-After"));
            Assert.True(int.TryParse(retryAfter, out var seconds) && seconds >= 1, retryAfter);
        }

        Assert.All(item, a => a.ShouldSucceed());
        Assert.Equal(3, client.Emulator.Requests.Count(r => r.Status == 429 && r.ErrorCode == "reach_limit" && r.Family == EmApiFamily.ChatroomCollection));
    }

    [Fact]
    public async Task Without_SendRetryAfter_429s_carry_no_Retry_After_and_the_window_frees_up_after_a_second()
    {
        using var client = Limited(sendRetryAfter: false);
        await client.AuthenticateAsync();

        var burst = await BurstAsync(client, "chatrooms", 7);
        Assert.Equal(2, burst.Count(a => a.Status == 429));
        Assert.All(burst.Where(a => a.Status == 429), a => Assert.False(a.Headers.Contains("Retry-After")));

        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        (await client.GetAsync("chatrooms")).ShouldSucceed();
    }

    [Fact]
    public async Task Without_EnforceRateLimit_nothing_is_limited()
    {
        using var client = new EmulatorClient(new EmulatorOptions { RateLimitScale = 0.01 });
        await client.AuthenticateAsync();

        Assert.All(await BurstAsync(client, "chatrooms", 60), a => a.ShouldSucceed());
    }

    [Fact]
    public void The_window_slides_instead_of_resetting_each_second()
    {
        var now = TimeSpan.Zero;
        var limiter = new SlidingWindowRateLimiter(0.04, () => now); // ChatroomCollection: 2 per second

        now = TimeSpan.FromSeconds(0.9);
        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        // A fixed window would start afresh at 1.0 s; the last second still holds two admissions.
        now = TimeSpan.FromSeconds(1.1);
        Assert.False(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(0.8), retryAfter);
        now = TimeSpan.FromSeconds(1.9);
        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
    }

    [Fact]
    public void Rejected_requests_do_not_count_and_families_are_separate()
    {
        var now = TimeSpan.Zero;
        var limiter = new SlidingWindowRateLimiter(0.04, () => now);

        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        now = TimeSpan.FromSeconds(0.5);
        for (var i = 0; i < 10; i++)
        {
            Assert.False(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        }

        // ChatroomItem: 100/s scaled to 4, untouched by the other family.
        Assert.Equal(4, Enumerable.Range(0, 6).Count(i => limiter.TryAcquire(EmApiFamily.ChatroomItem, out _)));
        now = TimeSpan.FromSeconds(1.0);
        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        Assert.True(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
        Assert.False(limiter.TryAcquire(EmApiFamily.ChatroomCollection, out _));
    }

    [Fact]
    public void A_tiny_scale_still_admits_one_call_per_second()
    {
        var limiter = new SlidingWindowRateLimiter(0.0001, () => TimeSpan.Zero);

        Assert.True(limiter.TryAcquire(EmApiFamily.Token, out _));
        Assert.False(limiter.TryAcquire(EmApiFamily.Token, out _));
    }
}
