using Easemob.PowerShell.Client.Tests.Support;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>No id, user name, org or app can change the request path: each stays one escaped segment on the wire.</summary>
public sealed class UriEscapingTests
{
    private const string DeleteAnswer = """{"data":{"success":true}}""";

    [Theory]
    [InlineData("a/../b", "a%2F..%2Fb")]
    [InlineData("..", "%2E%2E")]
    [InlineData(".", "%2E")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("a#b", "a%23b")]
    [InlineData("%2F", "%252F")]
    [InlineData("a b", "a%20b")]
    [InlineData("聊天", "%E8%81%8A%E5%A4%A9")]
    public async Task ChatroomId_IsOneEscapedSegment_InTheUriHttpClientSends(string id, string escaped)
    {
        var handler = FakeHttpHandler.ForJson(DeleteAnswer);
        using var client = TestClients.Create(handler);

        await client.DeleteChatroomAsync(id, CancellationToken.None);

        var sent = Assert.Single(handler.ApiRequests).Uri;
        Assert.Equal(TestClients.Root + "chatrooms/" + escaped, sent.AbsoluteUri);
        Assert.Equal("/org/app/chatrooms/" + escaped, sent.PathAndQuery);
    }

    [Theory]
    [InlineData("..", "%2E%2E")]
    [InlineData("../x", "..%2Fx")]
    [InlineData("u?pagenum=9", "u%3Fpagenum%3D9")]
    public async Task UserName_IsOneEscapedSegment(string username, string escaped)
    {
        var handler = FakeHttpHandler.ForJson("""{"data":[]}""");
        using var client = TestClients.Create(handler);

        await client.ListJoinedChatroomsAsync(username, 1, 10, CancellationToken.None);

        Assert.Equal($"/org/app/users/{escaped}/joined_chatrooms?pagenum=1&pagesize=10", Assert.Single(handler.ApiRequests).Uri.PathAndQuery);
    }

    [Fact]
    public async Task OrgAndApp_AreEscapedSegments_BelowABaseUriPath()
    {
        var handler = FakeHttpHandler.ForJson(DeleteAnswer);
        using var client = TestClients.Create(handler, o =>
        {
            o.BaseUri = new Uri("https://proxy.example/easemob");
            o.OrgName = "o/..";
            o.AppName = "..";
        });

        await client.DeleteChatroomAsync("1", CancellationToken.None);

        Assert.Equal("https://proxy.example/easemob/o%2F../%2E%2E/chatrooms/1", handler.ApiRequests[0].Uri.AbsoluteUri);
        Assert.Equal("https://proxy.example/easemob/o%2F../%2E%2E/token", handler.TokenRequests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task DetailsIds_AreJoinedWithAnEscapedComma()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":[{"id":"1"},{"id":"a/b"}]}""");
        using var client = TestClients.Create(handler);

        await client.GetChatroomDetailsAsync(new[] { "1", "a/b" }, CancellationToken.None);

        Assert.Equal("/org/app/chatrooms/1%2Ca%2Fb", Assert.Single(handler.ApiRequests).Uri.PathAndQuery);
    }

    [Fact]
    public async Task DetailsIdWithAComma_IsRefusedBeforeSending()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":[]}""");
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetChatroomDetailsAsync(new[] { "1", "2,3" }, CancellationToken.None));

        Assert.Contains("2,3", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task EmptySegment_IsRefusedBeforeSending()
    {
        var handler = FakeHttpHandler.ForJson(DeleteAnswer);
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.DeleteChatroomAsync("", CancellationToken.None));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task RequestLineOnTheWire_KeepsEverySegmentEscaped()
    {
        using var server = new LoopbackHttpServer(_ => LoopbackHttpServer.Ok(DeleteAnswer));
        using var client = new EasemobClient(new EasemobClientOptions
        {
            BaseUri = server.BaseUri,
            OrgName = "org",
            AppName = "app",
            Token = TestClients.Secure(TestClients.PreIssuedToken),
            RateLimitScale = null,
        });

        foreach (var id in new[] { "a/../b", "..", ".", "a?b", "a#b", "%2F" })
            await client.DeleteChatroomAsync(id, CancellationToken.None);

        Assert.Equal(
            new[]
            {
                "DELETE /org/app/chatrooms/a%2F..%2Fb HTTP/1.1",
                "DELETE /org/app/chatrooms/%2E%2E HTTP/1.1",
                "DELETE /org/app/chatrooms/%2E HTTP/1.1",
                "DELETE /org/app/chatrooms/a%3Fb HTTP/1.1",
                "DELETE /org/app/chatrooms/a%23b HTTP/1.1",
                "DELETE /org/app/chatrooms/%252F HTTP/1.1",
            },
            server.RequestLines);
    }
}
