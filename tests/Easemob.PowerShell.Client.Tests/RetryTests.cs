using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>Which failures are retried, how long the client waits, and that it stops when told.</summary>
public sealed class RetryTests
{
    private const string UserAnswer = """{"entities":[{"username":"u"}]}""";
    private const string CreatedAnswer = """{"data":{"id":"1"}}""";

    /// <summary>Fails the first <paramref name="failures"/> API calls with <paramref name="fail"/>, then answers <paramref name="answer"/>.</summary>
    private static FakeHttpHandler FailingFirst(int failures, Func<HttpResponseMessage> fail, string answer)
    {
        var calls = 0;
        return FakeHttpHandler.ForApi(_ => Interlocked.Increment(ref calls) <= failures ? fail() : Responses.Json(answer));
    }

    private static Task CreateChatroom(EasemobClient client, CancellationToken ct = default) =>
        client.CreateChatroomAsync(new NewChatroomRequest { Name = "n", Owner = "o" }, ct);

    [Theory]
    [InlineData(429, "reach_limit")]
    [InlineData(429, null)]
    [InlineData(429, "too_many_requests")]
    [InlineData(500, "internal_error")]
    [InlineData(502, null)]
    [InlineData(503, null)]
    [InlineData(504, null)]
    public async Task Get_IsRetriedOnTransientStatus(int status, string? error)
    {
        var handler = FailingFirst(2, () => Responses.Error(status, error), UserAnswer);
        var clock = new TestClock();
        using var client = TestClients.Create(handler, clock: clock);

        Assert.Equal("u", (await client.GetUserAsync("u", CancellationToken.None)).Username);

        Assert.Equal(3, handler.ApiRequests.Count);
        Assert.Equal(2, clock.Delays.Count);
    }

    [Theory]
    [InlineData(429, "resource_limited")]
    [InlineData(400, "invalid_parameter")]
    [InlineData(403, "exceed_limit")]
    [InlineData(404, "service_resource_not_found")]
    [InlineData(501, null)]
    public async Task Get_IsNotRetriedOnPermanentStatus(int status, string? error)
    {
        var handler = FailingFirst(1, () => Responses.Error(status, error), UserAnswer);
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal((status, error), (exception.StatusCode, exception.ErrorCode));
        Assert.Single(handler.ApiRequests);
    }

    [Theory]
    [InlineData(429, "reach_limit", false)]
    [InlineData(503, null, false)]
    [InlineData(500, null, true)]
    [InlineData(502, null, true)]
    [InlineData(504, null, true)]
    public async Task CreatingPost_IsRetriedAtOnceOnlyWhenTheServerSurelyDidNotAct_ElseAfterLookingForWhatItMade(int status, string? error, bool lookedUp)
    {
        // The lookup of the owner's rooms finds none named "n", so the create did not happen and is retried.
        var handler = FailingFirst(1, () => Responses.Error(status, error), CreatedAnswer);
        using var client = TestClients.Create(handler);

        await CreateChatroom(client);

        Assert.Equal(lookedUp ? new[] { "POST", "GET", "POST" } : new[] { "POST", "POST" }, handler.ApiRequests.Select(r => r.Method));
    }

    [Fact]
    public async Task SettingMutes_IsAnIdempotentPost_RetriedOn500()
    {
        var handler = FailingFirst(1, () => Responses.Error(500, null), """{"data":{"result":"ok"}}""");
        using var client = TestClients.Create(handler);

        await client.SetGlobalMuteAsync("u", 10, null, null, CancellationToken.None);

        Assert.Equal(2, handler.ApiRequests.Count);
    }

    [Fact]
    public async Task BanUnbanLogoutPasswordAndAttributeWrites_AreIdempotent_RetriedOn500()
    {
        var calls = new ConcurrentDictionary<string, int>();
        var handler = FakeHttpHandler.ForApi(request => calls.AddOrUpdate(request.Method + " " + request.Uri.AbsolutePath, 1, (_, n) => n + 1) == 1
            ? Responses.Error(500, null)
            : Responses.Json(request.Uri.AbsolutePath.Contains("/metadata/") ? """{"data":{"successKeys":["k"],"errorKeys":{}}}"""
                : request.Uri.AbsolutePath.EndsWith("/disconnect") ? """{"data":{"result":true}}""" : UserAnswer));
        using var client = TestClients.Create(handler);

        await client.DeactivateUserAsync("u", CancellationToken.None);
        await client.ActivateUserAsync("u", CancellationToken.None);
        await client.DisconnectUserAsync("u", null, CancellationToken.None);
        await client.SetUserPasswordAsync("u", TestClients.Secure("pw"), CancellationToken.None);
        await client.SetChatroomAttributesAsync("r", "u", new[] { new KeyValuePair<string, string>("k", "v") }, false, false, CancellationToken.None);
        await client.RemoveChatroomAttributesAsync("r", "u", new[] { "k" }, false, CancellationToken.None);

        Assert.Equal(6, calls.Count);
        Assert.All(calls.Values, n => Assert.Equal(2, n));
    }

    [Fact]
    public async Task BatchRegister_After500_IsSentAgainOnlyOnceALookupFoundNoUser()
    {
        // The lookup's answer has no creation time, so it is no user made by this register.
        var handler = FailingFirst(1, () => Responses.Error(500, null), UserAnswer);
        using var client = TestClients.Create(handler);

        var registered = await client.CreateUsersAsync(new[] { new NewUser("u", TestClients.Secure("pw"), null) }, CancellationToken.None);

        Assert.Equal(new[] { "POST", "GET", "POST" }, handler.ApiRequests.Select(r => r.Method));
        Assert.Equal("u", registered[0].Result.Username);
    }

    [Fact]
    public async Task TokenPost_IsRetriedOn500()
    {
        var fetches = 0;
        var handler = new FakeHttpHandler((request, _) => Task.FromResult(
            !request.IsTokenRequest ? Responses.Json(UserAnswer)
            : Interlocked.Increment(ref fetches) == 1 ? Responses.Error(500, null)
            : Responses.Token(TestClients.IssuedToken, 7200)));
        using var client = TestClients.Create(handler);

        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(2, handler.TokenRequests.Count);
        Assert.Equal(1, client.TokenFetchCount); // one fetch, retried once
    }

    [Fact]
    public async Task ConnectionRefused_IsRetriedEvenForACreatingPost()
    {
        var calls = 0;
        var handler = new FakeHttpHandler((request, _) =>
            request.IsTokenRequest ? Task.FromResult(Responses.Token(TestClients.IssuedToken, 7200))
            : Interlocked.Increment(ref calls) == 1 ? throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : Task.FromResult(Responses.Json(CreatedAnswer)));
        using var client = TestClients.Create(handler);

        await CreateChatroom(client);

        Assert.Equal(2, handler.ApiRequests.Count);
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 1)]
    public async Task ConnectionDroppedAfterSending_IsRetriedOnlyWhenIdempotent(bool idempotent, int attempts)
    {
        var handler = FakeHttpHandler.ForApi(_ => throw new HttpRequestException("The response ended prematurely.", new IOException("reset")));
        using var client = TestClients.Create(handler, o => o.MaxRetry = 2);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => idempotent ? client.GetUserAsync("u", CancellationToken.None) : CreateChatroom(client));

        Assert.Equal((0, EasemobApiException.ConnectionFailedCode), (error.StatusCode, error.ErrorCode));
        Assert.IsType<HttpRequestException>(error.InnerException);
        // The create's lookup failed the same way, so it was not repeated and may exist.
        Assert.Equal(attempts, handler.ApiRequests.Count(r => idempotent || r.Method == "POST"));
        Assert.Equal(!idempotent, error.MayExist);
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 1)]
    public async Task Timeout_IsRetriedOnlyWhenIdempotent_AndReportedAsStatus0(bool idempotent, int attempts)
    {
        var handler = new FakeHttpHandler(async (request, ct) =>
        {
            if (request.IsTokenRequest) return Responses.Token(TestClients.IssuedToken, 7200);
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var client = TestClients.Create(handler, o =>
        {
            o.MaxRetry = 2;
            o.RequestTimeout = TimeSpan.FromMilliseconds(50);
        });

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => idempotent ? client.GetUserAsync("u", CancellationToken.None) : CreateChatroom(client));

        Assert.Equal((0, EasemobApiException.TimeoutCode), (error.StatusCode, error.ErrorCode));
        Assert.Equal(attempts, handler.ApiRequests.Count(r => idempotent || r.Method == "POST"));
    }

    [Fact]
    public async Task MaxRetry_IsRespected_AndTheLastFailureThrown()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(503, "service_unavailable", "busy"));
        using var client = TestClients.Create(handler, o => o.MaxRetry = 3);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal((503, "service_unavailable"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(4, handler.ApiRequests.Count);
    }

    [Fact]
    public async Task MaxRetryZero_MeansOneAttempt()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(429, "reach_limit"));
        using var client = TestClients.Create(handler, o => o.MaxRetry = 0);

        await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Single(handler.ApiRequests);
    }

    [Fact]
    public async Task RetryAfterSeconds_IsWaitedAtLeast()
    {
        var clock = new TestClock();
        var trace = new List<string>();
        var handler = FailingFirst(1, () => Responses.Error(429, "reach_limit").WithRetryAfter(TimeSpan.FromSeconds(7)), UserAnswer);
        using var client = TestClients.Create(handler, clock: clock);

        await client.WithTrace(trace.Add).GetUserAsync("u", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(clock.Delays));
        Assert.Contains($"429 reach_limit on GET {TestClients.Root}users/u; retry 1/5 in 7.00 s (Retry-After)", trace);
    }

    [Fact]
    public async Task RetryAfterHttpDate_IsWaitedAtLeast()
    {
        var clock = new TestClock();
        var handler = FailingFirst(1, () => Responses.Error(503, null).WithRetryAfter(clock.UtcNow.AddSeconds(5)), UserAnswer);
        using var client = TestClients.Create(handler, clock: clock);

        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(5), Assert.Single(clock.Delays));
    }

    [Fact]
    public async Task RetryAfterBeyondTwoMinutes_IsNotSatOut_ButReported()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(429, "reach_limit").WithRetryAfter(TimeSpan.FromHours(1)));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(handler.ApiRequests);
    }

    [Fact]
    public void Backoff_IsFullJitterUnderAnExponentialCeiling()
    {
        var policy = new RetryPolicy(maxRetry: 10);
        for (var retry = 0; retry < 8; retry++)
        {
            var ceiling = TimeSpan.FromTicks(Math.Min(RetryPolicy.MaxDelay.Ticks, RetryPolicy.BaseDelay.Ticks << retry));
            var samples = Enumerable.Range(0, 2000).Select(_ => policy.Backoff(retry)).ToList();

            Assert.All(samples, d => Assert.InRange(d, TimeSpan.Zero, ceiling));
            Assert.True(samples.Min() < ceiling * 0.05, $"retry {retry}: jitter reaches down to 0");
            Assert.True(samples.Max() > ceiling * 0.95, $"retry {retry}: jitter reaches up to the ceiling");
        }
    }

    [Fact]
    public async Task RetryAfter_IsReallyWaited()
    {
        var handler = FailingFirst(1, () => Responses.Error(429, "reach_limit").WithRetryAfter(TimeSpan.FromSeconds(1)), UserAnswer);
        var options = TestClients.Options(handler);
        using var client = new EasemobClient(options);
        await client.EnsureTokenAsync(CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();

        await client.GetUserAsync("u", CancellationToken.None);

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.99), $"waited {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_StopsABackoffWaitPromptly()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(429, "reach_limit").WithRetryAfter(TimeSpan.FromSeconds(60)));
        using var client = new EasemobClient(TestClients.Options(handler));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserAsync("u", cancel.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Single(handler.ApiRequests);
    }

    [Fact]
    public async Task Cancellation_AbortsAnInFlightRequest_AndIsNotReportedAsATimeout()
    {
        var handler = new FakeHttpHandler(async (request, ct) =>
        {
            if (request.IsTokenRequest) return Responses.Token(TestClients.IssuedToken, 7200);
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        using var client = TestClients.Create(handler);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserAsync("u", cancel.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Single(handler.ApiRequests);
    }

    [Fact]
    public async Task RealRefusedConnection_IsRetriedForACreatingPost_AsNotSent()
    {
        var trace = new List<string>();
        using var client = new EasemobClient(new EasemobClientOptions
        {
            BaseUri = LoopbackHttpServer.ClosedPortUri(),
            OrgName = "org",
            AppName = "app",
            Token = TestClients.Secure(TestClients.PreIssuedToken),
            MaxRetry = 2,
            RateLimitScale = null,
        }, new TestClock());

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => CreateChatroom(client.WithTrace(trace.Add)));

        Assert.Equal((0, EasemobApiException.ConnectionFailedCode), (error.StatusCode, error.ErrorCode));
        Assert.True(error.RequestNotSent);
        Assert.Equal(3, trace.Count(line => line.EndsWith(")") && line.Contains("-> connection_failed")));
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 1)]
    public async Task RealConnectionClosedAfterTheRequest_IsRetriedOnlyWhenIdempotent(bool idempotent, int attempts)
    {
        using var server = new LoopbackHttpServer(_ => null);
        using var client = new EasemobClient(new EasemobClientOptions
        {
            BaseUri = server.BaseUri,
            OrgName = "org",
            AppName = "app",
            Token = TestClients.Secure(TestClients.PreIssuedToken),
            MaxRetry = 2,
            RateLimitScale = null,
        }, new TestClock());

        var trace = new List<string>();
        var traced = client.WithTrace(trace.Add);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => idempotent ? traced.GetUserAsync("u", CancellationToken.None) : CreateChatroom(traced));

        Assert.Equal(EasemobApiException.ConnectionFailedCode, error.ErrorCode);
        Assert.False(error.RequestNotSent);
        Assert.Equal(attempts, trace.Count(line => line.Contains(idempotent ? "-> connection_failed" : "POST ") && line.Contains("-> connection_failed")));
        // .NET's own handler may resend an idempotent request on a new connection; never a POST.
        if (idempotent) Assert.True(server.RequestLines.Count >= attempts);
        else Assert.Single(server.RequestLines, line => line.StartsWith("POST ", StringComparison.Ordinal));
    }
}
