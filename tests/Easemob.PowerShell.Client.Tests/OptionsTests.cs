using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

public sealed class OptionsTests
{
    private static readonly FakeHttpHandler Handler = FakeHttpHandler.ForJson("{}");

    [Theory]
    [InlineData("https://a1.easemob.com/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://[::1]:5000/")]
    public void AcceptedBaseUris(string baseUri)
    {
        using var client = TestClients.Create(Handler, o => o.BaseUri = new Uri(baseUri));

        Assert.Equal(new Uri(baseUri), client.BaseUri);
        Assert.Equal(("org", "app", EmAuthMode.ClientCredentials), (client.OrgName, client.AppName, client.AuthMode));
    }

    [Theory]
    [InlineData("http://a1.easemob.com/")]
    [InlineData("http://192.168.1.10/")]
    [InlineData("ftp://a1.easemob.com/")]
    [InlineData("https://a1.easemob.com/?x=1")]
    [InlineData("https://user:pw@a1.easemob.com/")]
    public void RefusedBaseUris(string baseUri) =>
        Assert.Throws<ArgumentException>(() => TestClients.Create(Handler, o => o.BaseUri = new Uri(baseUri)));

    public static TheoryData<string, Action<EasemobClientOptions>> InvalidOptions => new()
    {
        { "no base URI", o => o.BaseUri = null! },
        { "relative base URI", o => o.BaseUri = new Uri("/org", UriKind.Relative) },
        { "no org", o => o.OrgName = " " },
        { "no app", o => o.AppName = "" },
        { "both credentials and token", o => o.Token = TestClients.Secure("t") },
        { "neither", o => { o.ClientId = null; o.ClientSecret = null; } },
        { "id without secret", o => o.ClientSecret = null },
        { "secret without id", o => o.ClientId = null },
        { "token with a space", o => { TestClients.UsePreIssuedToken(o); o.Token = TestClients.Secure("a b"); } },
        { "negative retries", o => o.MaxRetry = -1 },
        { "zero timeout", o => o.RequestTimeout = TimeSpan.Zero },
        { "zero scale", o => o.RateLimitScale = 0 },
        { "NaN scale", o => o.RateLimitScale = double.NaN },
        { "scale above 1000", o => o.RateLimitScale = 1001 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void InvalidOptions_AreRefused(string because, Action<EasemobClientOptions> change)
    {
        Assert.ThrowsAny<ArgumentException>(() => TestClients.Create(Handler, change));
        _ = because; // names the case in test results
    }

    [Fact]
    public void PreIssuedTokenMode()
    {
        using var client = TestClients.Create(Handler, TestClients.UsePreIssuedToken);

        Assert.Equal(EmAuthMode.Token, client.AuthMode);
    }

    [Fact]
    public async Task OptionsAreCopied_LaterChangesDoNotAffectTheClient()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":[]}""");
        var options = TestClients.Options(handler);
        using var client = new EasemobClient(options);

        options.OrgName = "other";
        options.ClientSecret!.Clear();
        await client.ListChatroomsAsync(10, null, CancellationToken.None);

        Assert.Equal("org", client.OrgName);
        Assert.Contains("s3cret", handler.TokenRequests[0].Body);
    }

    [Fact]
    public async Task CallsOnADisposedClient_AreRefused()
    {
        var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":[]}"""));
        var view = client.WithTrace(_ => { });
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => view.ListChatroomsAsync(10, null, CancellationToken.None));
    }

    [Fact]
    public async Task DisposingAView_LeavesTheClientWorking_AndTheCallerOwnsTheHandler()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":[]}""");
        var client = TestClients.Create(handler);

        client.WithTrace(_ => { }).Dispose();
        await client.ListChatroomsAsync(10, null, CancellationToken.None);
        client.Dispose();

        // The handler the caller passed in is not disposed with the client.
        using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, TestClients.Root + "chatrooms"), CancellationToken.None);
        Assert.True(response.IsSuccessStatusCode);
    }
}
