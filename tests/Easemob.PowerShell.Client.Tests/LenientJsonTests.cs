using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The documented quirks: types that disagree with the docs, unknown fields, ids beyond 2^53.</summary>
public sealed class LenientJsonTests
{
    [Fact]
    public async Task Details_NumbersAndBooleansSentAsStrings_AreRead()
    {
        const string json = """
            {"data":[{"id":"1","name":"n","maxusers":"300","affiliations_count":"3","created":"1542542951527",
              "membersonly":"true","allowinvites":"FALSE","public":1,"affiliations":[{"owner":"o"},{"member":"m1"},{"member":"m2"}]}],
             "count":"1"}
            """;
        using var client = TestClients.Create(FakeHttpHandler.ForJson(json));

        var room = Assert.Single((await client.GetChatroomDetailsAsync(new[] { "1" }, CancellationToken.None)).Found);

        Assert.Equal(300, room.MaxUsers);
        Assert.Equal(3, room.MemberCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1542542951527), room.Created);
        Assert.True(room.MembersOnly);
        Assert.False(room.AllowInvites);
        Assert.True(room.Public);
        Assert.Equal("o", room.Owner); // taken from the affiliations when `owner` is absent
        Assert.Equal(new[] { "o", "m1", "m2" }, room.Members);
    }

    [Theory]
    [InlineData("12345678901234567890123")]
    [InlineData("9007199254740993")] // 2^53 + 1: a double would read 9007199254740992
    public async Task ChatroomIdSentAsNumber_KeepsItsExactDigits(string digits)
    {
        using var client = TestClients.Create(FakeHttpHandler.ForJson($$"""{"data":[{"id":{{digits}},"name":"big","owner":"u","affiliations_count":1}]}"""));

        var page = await client.ListChatroomsAsync(10, null, CancellationToken.None);

        Assert.Equal(digits, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task StringIdBeyond2Pow53_IsKeptAsIs()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":{"id":"123456789012345678901"}}"""));

        Assert.Equal("123456789012345678901", await client.CreateChatroomAsync(new NewChatroomRequest { Name = "n", Owner = "o" }, CancellationToken.None));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"2\"")]
    public async Task JoinedChatrooms_CountAsNumberOrString_AndDisabledTrueString(string count)
    {
        var json = $$"""{"count":{{count}},"data":[{"id":"1","name":"a","disabled":"true"},{"id":"2","name":"b","disabled":false}]}""";
        using var client = TestClients.Create(FakeHttpHandler.ForJson(json));

        var rooms = await client.ListJoinedChatroomsAsync("u", 1, 10, CancellationToken.None);

        Assert.Equal(new bool?[] { true, false }, rooms.Select(r => r.Disabled));
    }

    [Theory]
    [InlineData(1631609858771L)]
    [InlineData(1631609858L)]
    public async Task MuteUnixtime_InMillisecondsOrSeconds(long unixtime)
    {
        var json = $$$"""{"data":{"data":{"username":"u","chat":-1},"unixtime":{{{unixtime}}}}}""";
        using var client = TestClients.Create(FakeHttpHandler.ForJson(json));

        var page = await client.ListGlobalMutesAsync(1, 10, CancellationToken.None);

        var expected = unixtime > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(unixtime) : DateTimeOffset.FromUnixTimeSeconds(unixtime);
        Assert.Equal(expected, page.CheckedOn);
        var row = Assert.Single(page.Rows); // `data.data` as a single object
        Assert.Equal(Model.EmGlobalMute.Permanent, row.Chat);
    }

    [Fact]
    public async Task UnknownFieldsAnywhere_AreIgnored_AndCustomObjectKeepsItsJson()
    {
        const string json = """
            {"future":{"a":[1,2,{"b":null}]},"data":[{"id":"1","extra":[true],"custom":{"level":5},"name":null,
              "affiliations":[{"owner":"o","since":1},{"guest":"g"}],"maxusers":"lots"}],"cursor":"","params":{"limit":["10"]}}
            """;
        using var client = TestClients.Create(FakeHttpHandler.ForJson(json));

        var page = await client.ListChatroomsAsync(10, null, CancellationToken.None);

        var room = Assert.Single(page.Items);
        Assert.Equal("""{"level":5}""", room.Custom);
        Assert.Null(room.Name);
        Assert.Null(room.MaxUsers); // not a number: unknown rather than a failed call
        Assert.Equal(new[] { "o" }, room.Members);
        Assert.Null(page.Cursor); // empty cursor = last page
    }

    [Fact]
    public async Task ListCursor_IsReturned_AndSentEscapedOnTheNextCall()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":[],"cursor":"ZGF0YQ==&x"}""");
        using var client = TestClients.Create(handler);

        var first = await client.ListChatroomsAsync(1000, null, CancellationToken.None);
        await client.ListChatroomsAsync(1000, first.Cursor, CancellationToken.None);

        Assert.Equal("ZGF0YQ==&x", first.Cursor);
        Assert.Empty(first.Items);
        Assert.Equal(TestClients.Root + "chatrooms?limit=1000&cursor=ZGF0YQ%3D%3D%26x", handler.ApiRequests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task GetGlobalMute_ReadsUserid_EveryScope_AndUnixtime()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":{"userid":"u1","chat":100,"groupchat":"0","chatroom":-1,"unixtime":1631609858771}}""");
        using var client = TestClients.Create(handler);

        var mute = await client.GetGlobalMuteAsync("u1", CancellationToken.None);

        Assert.Equal(TestClients.Root + "mutes/u1", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Equal(("u1", 100L, 0L, -1L), (mute.Username, mute.Chat, mute.GroupChat, mute.Chatroom));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1631609858771), mute.CheckedOn);
    }

    [Fact]
    public async Task SetGlobalMute_SendsOnlyTheGivenScopes()
    {
        var handler = FakeHttpHandler.ForJson("""{"data":{"result":"ok"}}""");
        using var client = TestClients.Create(handler);

        await client.SetGlobalMuteAsync("u1", chat: 100, groupChat: null, chatroom: -1, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(("POST", TestClients.Root + "mutes"), (request.Method, request.Uri.AbsoluteUri));
        JsonAssert.Equal("""{"username":"u1","chat":100,"chatroom":-1}""", request.Body);
    }

    [Fact]
    public async Task Users_EntityZero_IsTheUser()
    {
        const string json = """
            {"action":"post","entities":[{"uuid":"0ffe2d80-XXXX","type":"user","created":1542795196504,"modified":1542795196504,
              "username":"user1","activated":true,"nickname":"testuser"}],"timestamp":1542795196515,"duration":0}
            """;
        var handler = FakeHttpHandler.ForJson(json);
        using var client = TestClients.Create(handler);

        var created = (await client.CreateUsersAsync(new[] { new NewUser("user1", TestClients.Secure("p@ss\"word"), "testuser") }, CancellationToken.None))[0].Result;
        var fetched = await client.GetUserAsync("user1", CancellationToken.None);
        var deleted = await client.DeleteUserAsync("user1", CancellationToken.None);

        foreach (var user in new[] { created, fetched, deleted })
        {
            Assert.Equal("user1", user.Username);
            Assert.Equal("testuser", user.Nickname);
            Assert.True(user.Activated);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1542795196504), user.Created);
            Assert.Equal("0ffe2d80-XXXX", user.Uuid);
        }
        Assert.Equal(
            new[] { ("POST", TestClients.Root + "users"), ("GET", TestClients.Root + "users/user1"), ("DELETE", TestClients.Root + "users/user1") },
            handler.ApiRequests.Select(r => (r.Method, r.Uri.AbsoluteUri)));
        JsonAssert.Equal("""[{"username":"user1","password":"p@ss\"word","nickname":"testuser"}]""", handler.ApiRequests[0].Body);
    }

    [Theory]
    [InlineData("<html><body>OK</body></html>")]
    [InlineData("")]
    [InlineData("null")]
    public async Task UnreadableSuccessBody_IsAnInvalidResponseError(string body)
    {
        using var client = TestClients.Create(FakeHttpHandler.ForApi(_ => Responses.Json(body)));

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal(EasemobApiException.InvalidResponseCode, error.ErrorCode);
        Assert.Equal(TestClients.Root + "users/u", error.RequestUri);
    }

    [Fact]
    public async Task SuccessWithoutTheResultData_IsAnInvalidResponseError()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":{}}"""));

        var error = await Assert.ThrowsAsync<EasemobApiException>(
            () => client.CreateChatroomAsync(new NewChatroomRequest { Name = "n", Owner = "o" }, CancellationToken.None));

        Assert.Equal(EasemobApiException.InvalidResponseCode, error.ErrorCode);
    }
}
