using System.Text.Json;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The app token: fetched once and shared, renewed before expiry, renewed once after a 401.</summary>
public sealed class TokenTests
{
    private const string UserAnswer = """{"entities":[{"username":"u"}]}""";

    [Fact]
    public async Task ManyConcurrentCalls_ShareOneTokenFetch()
    {
        var handler = new FakeHttpHandler(async (request, ct) =>
        {
            if (!request.IsTokenRequest) return Responses.Json(UserAnswer);
            await Task.Delay(100, ct); // a slow token endpoint: every call arrives while the fetch is in flight
            return Responses.Token(TestClients.IssuedToken, 7200);
        });
        using var client = TestClients.Create(handler);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => client.GetUserAsync("u", CancellationToken.None))));

        Assert.Equal(1, client.TokenFetchCount);
        var tokenRequest = Assert.Single(handler.TokenRequests);
        Assert.Equal(("POST", TestClients.Root + "token", "application/json", null), (tokenRequest.Method, tokenRequest.Uri.AbsoluteUri, tokenRequest.ContentType, tokenRequest.Authorization));
        using var body = JsonDocument.Parse(tokenRequest.Body!);
        Assert.Equal("client_credentials", body.RootElement.GetProperty("grant_type").GetString());
        Assert.Equal("YXA6client-id", body.RootElement.GetProperty("client_id").GetString());
        Assert.Equal(TestClients.ClientSecret, body.RootElement.GetProperty("client_secret").GetString());
        Assert.Equal(50, handler.ApiRequests.Count);
        Assert.All(handler.ApiRequests, r => Assert.Equal(("Bearer " + TestClients.IssuedToken, "application/json"), (r.Authorization, r.Accept)));
    }

    [Fact]
    public async Task Token_IsRenewedOnlyWhenLittleOfItsLifetimeIsLeft()
    {
        var clock = new TestClock();
        var fetched = 0;
        var handler = new FakeHttpHandler((request, _) => Task.FromResult(request.IsTokenRequest
            ? Responses.Token("tok-" + Interlocked.Increment(ref fetched), expiresIn: 100)
            : Responses.Json(UserAnswer)));
        using var client = TestClients.Create(handler, clock: clock);
        var issuedAt = clock.UtcNow;

        Assert.Null(client.TokenExpiresOn);
        await client.EnsureTokenAsync(CancellationToken.None);
        Assert.Equal(issuedAt.AddSeconds(100), client.TokenExpiresOn);

        clock.UtcNow = issuedAt.AddSeconds(79); // 21 s left: more than min(60 s, 20% of 100 s)
        await client.GetUserAsync("u", CancellationToken.None);
        Assert.Equal(1, client.TokenFetchCount);

        clock.UtcNow = issuedAt.AddSeconds(81); // 19 s left: renew before using it
        await client.GetUserAsync("u", CancellationToken.None);
        Assert.Equal(2, client.TokenFetchCount);
        Assert.Equal(clock.UtcNow.AddSeconds(100), client.TokenExpiresOn);
        Assert.Equal(new[] { "Bearer tok-1", "Bearer tok-2" }, handler.ApiRequests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task LongLivedToken_IsRenewedAMinuteBeforeExpiry()
    {
        var clock = new TestClock();
        using var client = TestClients.Create(FakeHttpHandler.ForJson(UserAnswer), clock: clock); // expires_in 7200
        var issuedAt = clock.UtcNow;
        await client.EnsureTokenAsync(CancellationToken.None);

        clock.UtcNow = issuedAt.AddSeconds(7200 - 61);
        await client.EnsureTokenAsync(CancellationToken.None);
        Assert.Equal(1, client.TokenFetchCount);

        clock.UtcNow = issuedAt.AddSeconds(7200 - 59);
        await client.EnsureTokenAsync(CancellationToken.None);
        Assert.Equal(2, client.TokenFetchCount);
    }

    [Fact]
    public async Task ExpiresInZero_NeverExpires()
    {
        var clock = new TestClock();
        var handler = new FakeHttpHandler((request, _) => Task.FromResult(request.IsTokenRequest ? Responses.Token("forever", 0) : Responses.Json(UserAnswer)));
        using var client = TestClients.Create(handler, clock: clock);

        await client.GetUserAsync("u", CancellationToken.None);
        clock.UtcNow = clock.UtcNow.AddYears(10);
        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(DateTimeOffset.MaxValue, client.TokenExpiresOn);
        Assert.Equal(1, client.TokenFetchCount);
    }

    [Fact]
    public async Task PreIssuedToken_IsSentAsIs_AndNeverFetched()
    {
        var handler = FakeHttpHandler.ForJson(UserAnswer);
        using var client = TestClients.Create(handler, TestClients.UsePreIssuedToken);

        await client.EnsureTokenAsync(CancellationToken.None);
        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(EmAuthMode.Token, client.AuthMode);
        Assert.Null(client.TokenExpiresOn);
        Assert.Equal(0, client.TokenFetchCount);
        Assert.Equal("Bearer " + TestClients.PreIssuedToken, Assert.Single(handler.Requests).Authorization);
    }

    [Fact]
    public async Task PreIssuedToken401_SurfacesAfterOneAttempt()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(401, "unauthorized", "Unable to authenticate (OAuth)"));
        using var client = TestClients.Create(handler, TestClients.UsePreIssuedToken);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal((401, "unauthorized"), (error.StatusCode, error.ErrorCode));
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("unauthorized")]
    [InlineData("auth_bad_access_token")]
    [InlineData(null)]
    public async Task ConcurrentCallsRejectedWith401_ShareOneRenewal_AndEachIsRetriedOnce(string? errorCode)
    {
        const int callers = 20;
        var fetched = 0;
        var firstTokenAttempts = 0;
        var allRejectedTogether = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new FakeHttpHandler(async (request, _) =>
        {
            if (request.IsTokenRequest) return Responses.Token("tok-" + Interlocked.Increment(ref fetched), 7200);
            if (request.Authorization != "Bearer tok-1") return Responses.Json(UserAnswer);
            // Hold every caller until all have sent with the first token, so they all get their 401 together.
            if (Interlocked.Increment(ref firstTokenAttempts) == callers) allRejectedTogether.SetResult();
            await allRejectedTogether.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return Responses.Error(401, errorCode, "token revoked");
        });
        using var client = TestClients.Create(handler);
        await client.EnsureTokenAsync(CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(() => client.GetUserAsync("u", CancellationToken.None))));

        Assert.Equal(2, client.TokenFetchCount);
        Assert.Equal(callers, handler.ApiRequests.Count(r => r.Authorization == "Bearer tok-1"));
        Assert.Equal(callers, handler.ApiRequests.Count(r => r.Authorization == "Bearer tok-2"));
    }

    [Fact]
    public async Task A401AfterTheRenewal_Surfaces()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(401, "unauthorized", "Unable to authenticate (OAuth)"));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, handler.ApiRequests.Count);
        Assert.Equal(2, client.TokenFetchCount);
    }

    [Fact]
    public async Task AFailedFetch_IsNotCached()
    {
        var fetches = 0;
        var handler = new FakeHttpHandler((request, _) => Task.FromResult(
            !request.IsTokenRequest ? Responses.Json(UserAnswer)
            : Interlocked.Increment(ref fetches) == 1 ? Responses.Error(400, "invalid_grant", "client_secret does not match")
            : Responses.Token(TestClients.IssuedToken, 7200)));
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));
        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(2, client.TokenFetchCount);
    }

    [Fact]
    public async Task ACallerCancellingItsWait_DoesNotCancelTheSharedFetch()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new FakeHttpHandler(async (request, _) =>
        {
            if (!request.IsTokenRequest) return Responses.Json(UserAnswer);
            await release.Task;
            return Responses.Token(TestClients.IssuedToken, 7200);
        });
        using var client = TestClients.Create(handler);
        using var cancel = new CancellationTokenSource();

        var cancelled = client.GetUserAsync("u", cancel.Token);
        var patient = client.GetUserAsync("u", CancellationToken.None);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();

        Assert.Equal("u", (await patient).Username);
        Assert.Equal(1, client.TokenFetchCount);
    }

    [Fact]
    public async Task WithTraceViews_ShareTheToken()
    {
        var handler = FakeHttpHandler.ForJson(UserAnswer);
        using var client = TestClients.Create(handler);

        await client.WithTrace(_ => { }).GetUserAsync("u", CancellationToken.None);
        await client.WithTrace(null).GetUserAsync("u", CancellationToken.None);
        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(1, client.TokenFetchCount);
        Assert.Single(handler.TokenRequests);
    }
}
