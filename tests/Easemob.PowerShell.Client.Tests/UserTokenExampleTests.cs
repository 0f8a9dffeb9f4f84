using System.Net;
using System.Text.Json;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>User tokens: the vendor's example answers (Fixtures/user-token.*) and the requests that get them.</summary>
public sealed class UserTokenExampleTests
{
    /// <summary>App token requests get an app token; user token requests get <paramref name="fixture"/>.</summary>
    private static FakeHttpHandler Handler(string fixture) => new((request, _) => Task.FromResult(
        request.Body!.Contains("client_credentials") ? Responses.Token(TestClients.IssuedToken, 7200) : Responses.Json(Responses.Fixture(fixture))));

    [Fact]
    public async Task PasswordGrant_SendsNameAndPasswordWithoutTheAppToken_AndReadsTheExample()
    {
        var handler = Handler("user-token.password");
        var clock = new TestClock();
        using var client = TestClients.Create(handler, clock: clock);

        var token = await client.IssueUserTokenAsync(new UserTokenRequest("c", TestClients.Secure("1"), TimeSpan.FromSeconds(1024000), false), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(("POST", TestClients.Root + "token", null), (request.Method, request.Uri.AbsoluteUri, request.Authorization));
        Assert.Equal("""{"grant_type":"password","username":"c","password":"1","ttl":1024000}""", request.Body);
        Assert.Equal(("c", EmUserTokenGrant.Password, "aa471ee0-XXXX-XXXX-ace5-f90ff121234e", true), (token.Username, token.Grant, token.User!.Uuid, token.User.Activated));
        Assert.Equal("YWMtrR6ECkz8Eeyx6Y9j1eX9kbsMrFep3U6BvVj7KSnNonWqRx7gTPwR7Kzl-Q_xISNOAwMAAAF9UPZqbQAPoAAtYK9fWgaTNyuWoB3-6nGf_TXBx3Nt3XRZST-elU0x2A",
            new NetworkCredential("", token.Token).Password);
        Assert.Equal(clock.UtcNow.AddSeconds(1024000), token.ExpiresOn);
        Assert.Null(token.PlainTextToken);
        Assert.Equal("c", token.ToString());
    }

    [Fact]
    public async Task InheritGrant_SendsAutoCreateUserOnTheAppToken_AndReadsTheExample()
    {
        var handler = Handler("user-token.inherit-autocreate");
        using var client = TestClients.Create(handler);

        var token = await client.IssueUserTokenAsync(new UserTokenRequest("test2333", null, null, true), CancellationToken.None);

        var request = handler.Requests.Last();
        Assert.Equal("Bearer " + TestClients.IssuedToken, request.Authorization);
        Assert.Equal("""{"grant_type":"inherit","username":"test2333","autoCreateUser":true}""", request.Body);
        Assert.Equal((EmUserTokenGrant.Inherit, new DateTimeOffset(2022, 8, 8, 8, 14, 32, 753, TimeSpan.Zero)), (token.Grant, token.User!.Created));
    }

    [Fact]
    public async Task TtlZero_IsSentAndNeverExpires()
    {
        var handler = new FakeHttpHandler((request, _) => Task.FromResult(request.Body!.Contains("client_credentials")
            ? Responses.Token(TestClients.IssuedToken, 7200)
            : Responses.Json("""{"access_token":"YWMt-user","expires_in":0,"user":{"username":"u1"}}""")));
        using var client = TestClients.Create(handler);

        var token = await client.IssueUserTokenAsync(new UserTokenRequest("u1", null, TimeSpan.Zero, false), CancellationToken.None);

        Assert.Contains("\"ttl\":0", handler.Requests.Last().Body);
        Assert.Equal(DateTimeOffset.MaxValue, token.ExpiresOn);
    }

    [Fact]
    public void DynamicToken_IsTheDocumentedDtJsonSignedWithTheClientSecret_AndSendsNothing()
    {
        var handler = Handler("user-token.password");
        var clock = new TestClock();
        using var client = TestClients.Create(handler, clock: clock);

        var token = client.BuildDynamicUserToken("alice", TimeSpan.FromSeconds(600));

        Assert.Empty(handler.Requests);
        var text = new NetworkCredential("", token.Token).Password;
        Assert.DoesNotContain('+', text);
        Assert.DoesNotContain('/', text);
        var json = DynamicUserToken.Unwrap(text)!;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var curTime = root.GetProperty("curTime").GetInt64();
        Assert.Equal(clock.UtcNow.ToUnixTimeSeconds(), curTime);
        Assert.Equal(("org#app", "alice", 600L), (root.GetProperty("appkey").GetString(), root.GetProperty("userId").GetString(), root.GetProperty("ttl").GetInt64()));
        // signature = hex(sha256(clientId + appkey + userId + curTime + ttl + clientSecret)), as the vendor page spells it out.
        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            "YXA6client-id" + "org#app" + "alice" + curTime + "600" + TestClients.ClientSecret))).ToLowerInvariant();
        Assert.Equal(expected, root.GetProperty("signature").GetString());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(curTime + 600), token.ExpiresOn);
        Assert.Equal(EmUserTokenGrant.Dynamic, token.Grant);
    }

    [Fact]
    public void DynamicToken_NeedsTheClientSecret()
    {
        using var client = TestClients.Create(Handler("user-token.password"), TestClients.UsePreIssuedToken);

        Assert.Throws<InvalidOperationException>(() => client.BuildDynamicUserToken("alice", TimeSpan.FromSeconds(600)));
    }

    [Fact]
    public async Task ConcurrentAutoCreate_409_IsRetriedAfterTheDocumentedSecond_AndOtherConflictsAreNot()
    {
        var clock = new TestClock();
        var userCalls = 0;
        var handler = new FakeHttpHandler((request, _) => Task.FromResult(request.Body!.Contains("client_credentials")
            ? Responses.Token(TestClients.IssuedToken, 7200)
            : Interlocked.Increment(ref userCalls) == 1
                ? Responses.Error(409, EmErrorCodes.ConcurrentOperation, "concurrency create app user failed")
                : Responses.Json(Responses.Fixture("user-token.inherit-autocreate"))));
        using var client = TestClients.Create(handler, clock: clock);

        var token = await client.IssueUserTokenAsync(new UserTokenRequest("test2333", null, null, true), CancellationToken.None);

        Assert.Equal(("test2333", 2), (token.Username, userCalls));
        Assert.True(Assert.Single(clock.Delays) >= EmApiLimits.ConcurrentAutoCreateWindow);
        Assert.False(Policies.RetryPolicy.IsRetryable(Http.RequestIdempotency.Idempotent, new EasemobApiException(409, "other_conflict", "x", "POST", "https://h/")));
    }
}
