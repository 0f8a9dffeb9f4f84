using System.Collections.Concurrent;
using System.Diagnostics;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;
using Xunit.Abstractions;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The rate governor: never more starts than allowed in any rolling second, yet close to that rate.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class RateGovernorTests
{
    private const string DeleteAnswer = """{"data":{"success":true}}""";
    private readonly ITestOutputHelper _output;

    public RateGovernorTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// A server that counts requests in a strict sliding 1-second window and answers 429 reach_limit beyond
    /// <paramref name="limit"/>, like the vendor's.
    /// </summary>
    private static FakeHttpHandler SlidingWindowServer(int limit, ConcurrentQueue<TimeSpan> starts, Action reject)
    {
        var recent = new Queue<TimeSpan>();
        return new FakeHttpHandler((request, _) =>
        {
            if (request.IsTokenRequest) return Task.FromResult(Responses.Token(TestClients.IssuedToken, 7200));
            starts.Enqueue(request.StartedAt);
            lock (recent)
            {
                while (recent.Count > 0 && request.StartedAt - recent.Peek() >= TimeSpan.FromSeconds(1)) recent.Dequeue();
                if (recent.Count >= limit)
                {
                    reject();
                    return Task.FromResult(Responses.Error(429, "reach_limit", "This request has reached api limit"));
                }
                recent.Enqueue(request.StartedAt);
            }
            return Task.FromResult(Responses.Json(DeleteAnswer));
        });
    }

    private static int MaxStartsInAnySecond(IEnumerable<TimeSpan> starts)
    {
        var sorted = starts.OrderBy(t => t).ToArray();
        var max = 0;
        for (int first = 0, last = 0; last < sorted.Length; last++)
        {
            while (sorted[last] - sorted[first] >= TimeSpan.FromSeconds(1)) first++;
            max = Math.Max(max, last - first + 1);
        }
        return max;
    }

    [Fact]
    public async Task SixteenConcurrentCallers_StayUnderTheScaledLimit_AtNearlyTheFullRate()
    {
        const int requests = 150;
        const int limit = 50; // ChatroomItem: 100/s documented, scale 0.5
        var starts = new ConcurrentQueue<TimeSpan>();
        var rejected = 0;
        var handler = SlidingWindowServer(limit, starts, () => Interlocked.Increment(ref rejected));
        using var client = TestClients.Create(handler, o => o.RateLimitScale = 0.5, SystemClock.Instance);
        await client.EnsureTokenAsync(CancellationToken.None);
        var remaining = requests;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0) await client.DeleteChatroomAsync("1", CancellationToken.None);
        })));

        var elapsed = stopwatch.Elapsed;
        _output.WriteLine($"{requests} calls in {elapsed.TotalSeconds:0.000} s, max {MaxStartsInAnySecond(starts)} starts in a second, {rejected} rejected");
        Assert.Equal(0, rejected);
        Assert.True(MaxStartsInAnySecond(starts) <= limit);
        // 150 starts at 50 per 1.03 s window: bursts at 0, 1.03 and 2.06 s. Slower would mean the rate is wasted.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(2.0), TimeSpan.FromSeconds(2.6));
    }

    [Fact]
    public async Task RetriesPassThroughTheGovernorToo()
    {
        // Each chatroom's first attempt is answered 503: 80 calls make 160 starts, at 100/s (scale 1).
        var starts = new ConcurrentQueue<TimeSpan>();
        var failedOnce = new ConcurrentDictionary<string, bool>();
        var handler = FakeHttpHandler.ForApi(request =>
        {
            starts.Enqueue(request.StartedAt);
            return failedOnce.TryAdd(request.Uri.AbsolutePath, true) ? Responses.Error(503, null) : Responses.Json(DeleteAnswer);
        });
        using var client = TestClients.Create(handler, o => o.RateLimitScale = 1.0, SystemClock.Instance);
        await client.EnsureTokenAsync(CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++) await client.DeleteChatroomAsync($"{worker}-{i}", CancellationToken.None);
        })));

        Assert.Equal(160, starts.Count);
        Assert.True(MaxStartsInAnySecond(starts) <= 100);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.0), "the 101st start waited for the window");
    }

    [Fact]
    public async Task NullScale_TurnsTheGovernorOff()
    {
        var handler = FakeHttpHandler.ForJson(DeleteAnswer);
        using var client = TestClients.Create(handler, o => o.RateLimitScale = null, SystemClock.Instance);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 150).Select(_ => client.DeleteChatroomAsync("1", CancellationToken.None)));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task AWaitOverATenthOfASecond_IsTraced_WithItsFamily()
    {
        var clock = new TestClock();
        var trace = new List<string>();
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 2, clock);

        for (var i = 0; i < 3; i++) await gate.WaitTurnAsync(new RequestTracer(trace.Add), CancellationToken.None);

        var wait = Assert.Single(clock.Delays);
        Assert.InRange(wait, TimeSpan.FromSeconds(0.9), SlidingWindowGate.SafetyWindow);
        Assert.Matches(@"^rate limit ChatroomItem: waiting 1\.0\d s$", Assert.Single(trace));
    }

    [Fact]
    public void BelowOneCallPerSecond_OneCallPerLongerWindow()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomCollection, 0.5, new TestClock());

        Assert.Equal(1, gate.Permits);
        Assert.Equal(SlidingWindowGate.SafetyWindow * 2, gate.Window);
    }

    [Fact]
    public async Task Cancellation_StopsAGovernorWaitPromptly_WithoutTakingASlot()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 1, SystemClock.Instance);
        await gate.WaitTurnAsync(RequestTracer.None, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.WaitTurnAsync(RequestTracer.None, cancel.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(0.8), $"took {stopwatch.Elapsed}");
        // The cancelled caller took no slot: the next one waits only for the first start to leave the window.
        await gate.WaitTurnAsync(RequestTracer.None, CancellationToken.None);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task WaitersPassInArrivalOrder()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 5, SystemClock.Instance);
        var stopwatch = Stopwatch.StartNew();
        var passedAt = new TimeSpan[10];
        for (var i = 0; i < 5; i++) await gate.WaitTurnAsync(RequestTracer.None, CancellationToken.None); // fill the window

        var waiters = new List<Task>();
        for (var i = 0; i < 10; i++)
        {
            var caller = i;
            waiters.Add(gate.WaitTurnAsync(RequestTracer.None, CancellationToken.None)
                .ContinueWith(_ => passedAt[caller] = stopwatch.Elapsed, TaskContinuationOptions.ExecuteSynchronously));
            await Task.Delay(5);
        }
        await Task.WhenAll(waiters);

        // The first five to arrive take the next window, the last five the one after.
        Assert.True(passedAt[..5].Max() + TimeSpan.FromSeconds(0.5) < passedAt[5..].Min(), string.Join(", ", passedAt));
    }
}
