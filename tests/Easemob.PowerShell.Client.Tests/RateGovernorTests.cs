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
    /// A server that counts arrivals in a strict sliding 1-second window and answers 429 reach_limit beyond
    /// <paramref name="limit"/>, like the vendor's. Each request reaches it after a random transit delay of up to
    /// <paramref name="maxTransit"/> (a busy machine or network), and its answer takes as long again.
    /// </summary>
    private static FakeHttpHandler SlidingWindowServer(int limit, TimeSpan maxTransit, ConcurrentQueue<TimeSpan> arrivals, Action reject)
    {
        var recent = new Queue<TimeSpan>();
        var random = new Random(7);
        var clock = Stopwatch.StartNew();
        return new FakeHttpHandler(async (request, cancellationToken) =>
        {
            if (request.IsTokenRequest) return Responses.Token(TestClients.IssuedToken, 7200);
            int transit;
            lock (random) transit = random.Next((int)maxTransit.TotalMilliseconds + 1);
            await Task.Delay(transit, cancellationToken);
            var arrival = clock.Elapsed;
            arrivals.Enqueue(arrival);
            bool admitted;
            lock (recent)
            {
                while (recent.Count > 0 && arrival - recent.Peek() >= TimeSpan.FromSeconds(1)) recent.Dequeue();
                admitted = recent.Count < limit;
                if (admitted) recent.Enqueue(arrival);
            }
            await Task.Delay(transit, cancellationToken);
            if (admitted) return Responses.Json(DeleteAnswer);
            reject();
            return Responses.Error(429, "reach_limit", "This request has reached api limit");
        });
    }

    private static int MaxInAnySecond(IEnumerable<TimeSpan> times)
    {
        var sorted = times.OrderBy(t => t).ToArray();
        var max = 0;
        for (int first = 0, last = 0; last < sorted.Length; last++)
        {
            while (sorted[last] - sorted[first] >= TimeSpan.FromSeconds(1)) first++;
            max = Math.Max(max, last - first + 1);
        }
        return max;
    }

    [Fact]
    public async Task SixteenConcurrentCallers_NeverExceedTheServersWindow_HoweverArrivalsAreDelayed()
    {
        const int requests = 200;
        const int limit = 50; // ChatroomItem: 100/s documented, scale 0.5
        var arrivals = new ConcurrentQueue<TimeSpan>();
        var rejected = 0;
        // Transit delays of 0 to 150 ms bunch arrivals up: a governor counting only its own starts meets 429s here.
        var handler = SlidingWindowServer(limit, TimeSpan.FromMilliseconds(150), arrivals, () => Interlocked.Increment(ref rejected));
        using var client = TestClients.Create(handler, o => o.RateLimitScale = 0.5, SystemClock.Instance);
        await client.EnsureTokenAsync(CancellationToken.None);
        var remaining = requests;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0) await client.DeleteChatroomAsync("1", CancellationToken.None);
        })));

        _output.WriteLine($"{requests} calls in {stopwatch.Elapsed.TotalSeconds:0.000} s, max {MaxInAnySecond(arrivals)} arrivals in a second, {rejected} rejected");
        Assert.Equal(0, rejected);
        Assert.Equal(requests, arrivals.Count);
        // The rate is used, not wasted: some second holds the full limit.
        Assert.Equal(limit, MaxInAnySecond(arrivals));
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
        Assert.True(MaxInAnySecond(starts) <= 100);
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

        for (var i = 0; i < 3; i++) (await gate.EnterAsync(new RequestTracer(trace.Add), CancellationToken.None)).Dispose();

        var wait = Assert.Single(clock.Delays);
        Assert.InRange(wait, TimeSpan.FromSeconds(0.9), SlidingWindowGate.ServerWindow);
        Assert.Matches(@"^rate limit ChatroomItem: waiting 1\.0\d s$", Assert.Single(trace));
    }

    [Fact]
    public void BelowOneCallPerSecond_OneCallPerLongerWindow()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomCollection, 0.5, new TestClock());

        Assert.Equal(1, gate.Permits);
        Assert.Equal(SlidingWindowGate.ServerWindow * 2, gate.Window);
    }

    [Fact]
    public async Task ASlotIsReusedOneWindowAfterItsRequestEnded_NotAfterItStarted()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 1, SystemClock.Instance);
        var first = await gate.EnterAsync(RequestTracer.None, CancellationToken.None);
        var second = gate.EnterAsync(RequestTracer.None, CancellationToken.None);

        await Task.Delay(300);
        Assert.False(second.IsCompleted, "the slot was reused while its request was in flight");
        var ended = Stopwatch.StartNew();
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();

        Assert.True(ended.Elapsed >= TimeSpan.FromSeconds(1), $"reused {ended.Elapsed} after the request ended");
    }

    [Fact]
    public async Task AnUnansweredRequest_HoldsItsSlotOnlyUntilTheArrivalBound()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 1, SystemClock.Instance);
        var started = Stopwatch.StartNew();
        using var hung = await gate.EnterAsync(RequestTracer.None, CancellationToken.None);

        // Never disposed: the next request goes once the hung one is taken to have arrived, a window later.
        (await gate.EnterAsync(RequestTracer.None, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30))).Dispose();

        Assert.True(started.Elapsed >= SlidingWindowGate.ArrivalBound + TimeSpan.FromSeconds(1), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_StopsAGovernorWaitPromptly_WithoutTakingASlot()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 1, SystemClock.Instance);
        (await gate.EnterAsync(RequestTracer.None, CancellationToken.None)).Dispose();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(RequestTracer.None, cancel.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(0.8), $"took {stopwatch.Elapsed}");
        // The cancelled caller took no slot: the next one waits only for the first request's window.
        (await gate.EnterAsync(RequestTracer.None, CancellationToken.None)).Dispose();
        // Had it taken one, the wait would be two windows.
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.9));
    }

    [Fact]
    public async Task WaitersPassInArrivalOrder()
    {
        var gate = new SlidingWindowGate(EmApiFamily.ChatroomItem, 5, SystemClock.Instance);
        var stopwatch = Stopwatch.StartNew();
        var passedAt = new TimeSpan[10];
        for (var i = 0; i < 5; i++) (await gate.EnterAsync(RequestTracer.None, CancellationToken.None)).Dispose(); // fill the window

        var waiters = new List<Task>();
        for (var i = 0; i < 10; i++)
        {
            var caller = i;
            waiters.Add(gate.EnterAsync(RequestTracer.None, CancellationToken.None)
                .ContinueWith(lease =>
                {
                    passedAt[caller] = stopwatch.Elapsed;
                    lease.Result.Dispose();
                }, TaskContinuationOptions.ExecuteSynchronously));
            await Task.Delay(5);
        }
        await Task.WhenAll(waiters);

        // The first five to arrive take the next window, the last five the one after.
        Assert.True(passedAt[..5].Max() + TimeSpan.FromSeconds(0.5) < passedAt[5..].Min(), string.Join(", ", passedAt));
    }
}
