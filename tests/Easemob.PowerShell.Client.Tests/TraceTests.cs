using Easemob.PowerShell.Client.Tests.Support;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>WithTrace: one line per attempt, retry and token renewal; never a header value or a body.</summary>
public sealed class TraceTests
{
    [Fact]
    public async Task Lines_NameMethodUrlStatusAndTime_ForTheTokenFetchAttemptsAndRetries()
    {
        var calls = 0;
        var handler = FakeHttpHandler.ForApi(_ => Interlocked.Increment(ref calls) == 1
            ? Responses.Error(429, "reach_limit", "This request has reached api limit").WithRetryAfter(TimeSpan.FromSeconds(1.2))
            : Responses.Json("""{"data":[]}"""));
        var trace = new List<string>();
        using var client = TestClients.Create(handler);

        await client.WithTrace(trace.Add).ListChatroomsAsync(1000, null, CancellationToken.None);

        var url = TestClients.Root + "chatrooms?limit=1000";
        Assert.Collection(trace,
            line => Assert.Matches($@"^POST {TestClients.Root}token -> 200 \(\d+ ms\)$", line),
            line => Assert.Matches($@"^GET {Escape(url)} -> 429 reach_limit \(\d+ ms\)$", line),
            line => Assert.Equal($"429 reach_limit on GET {url}; retry 1/5 in 1.20 s (Retry-After)", line),
            line => Assert.Matches($@"^GET {Escape(url)} -> 200 \(\d+ ms\)$", line));
    }

    [Fact]
    public async Task TokenRenewalAfter401_IsTraced()
    {
        var calls = 0;
        var handler = FakeHttpHandler.ForApi(_ => Interlocked.Increment(ref calls) == 1
            ? Responses.Error(401, "auth_bad_access_token", "bad token")
            : Responses.Json("""{"entities":[{"username":"u"}]}"""));
        var trace = new List<string>();
        using var client = TestClients.Create(handler);

        await client.WithTrace(trace.Add).GetUserAsync("u", CancellationToken.None);

        Assert.Contains($"401 auth_bad_access_token on GET {TestClients.Root}users/u; fetching a new token and retrying once", trace);
        Assert.Equal(2, trace.Count(line => line.StartsWith("POST ") && line.Contains("/token -> 200")));
    }

    [Fact]
    public async Task NoTrace_ForTheOriginalClient_OrANullSink()
    {
        var trace = new List<string>();
        using var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":[]}"""));
        var traced = client.WithTrace(trace.Add);

        await client.ListChatroomsAsync(10, null, CancellationToken.None);
        await client.WithTrace(null).ListChatroomsAsync(10, null, CancellationToken.None);

        Assert.Empty(trace);
        await traced.ListChatroomsAsync(10, null, CancellationToken.None);
        Assert.Single(trace);
    }

    [Fact]
    public async Task AThrowingSink_DoesNotFailTheCall()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":[]}"""));

        var page = await client.WithTrace(_ => throw new InvalidOperationException("pipeline stopped")).ListChatroomsAsync(10, null, CancellationToken.None);

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Bodies_NeverAppearInTheTrace()
    {
        var trace = new List<string>();
        using var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":{"id":"secret-room-id-in-body"}}"""));

        await client.WithTrace(trace.Add).CreateChatroomAsync(new NewChatroomRequest { Name = "body-name", Owner = "body-owner" }, CancellationToken.None);

        Assert.NotEmpty(trace);
        Assert.DoesNotContain(trace, line => line.Contains("body-") || line.Contains("secret-room") || line.Contains(TestClients.IssuedToken) || line.Contains("client_secret"));
    }

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
