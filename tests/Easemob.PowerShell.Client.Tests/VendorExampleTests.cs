using System.Text.Json;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>Every example answer of the vendor's pages (Fixtures/, copied verbatim) read through the client.</summary>
public sealed class VendorExampleTests
{
    [Fact]
    public async Task ListChatrooms_SingleObjectData_IsOneEntryWithOnlyTheListFields()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-management.list-chatrooms"));
        using var client = TestClients.Create(handler);

        var page = await client.ListChatroomsAsync(10, null, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("GET", request.Method);
        Assert.Equal(TestClients.Root + "chatrooms?limit=10", request.Uri.AbsoluteUri);
        Assert.Null(page.Cursor);
        var room = Assert.Single(page.Items);
        Assert.Equal("662XXXX13", room.Id);
        Assert.Equal("testchatroom1", room.Name);
        Assert.Equal("user1", room.Owner);
        Assert.Equal(2, room.MemberCount);
        Assert.Null(room.Description);
        Assert.Null(room.MaxUsers);
        Assert.Null(room.Members);
        Assert.Null(room.Created);
        Assert.Null(room.Disabled);
    }

    [Theory]
    [InlineData("chatroom-management.user-joined-chatrooms")]
    [InlineData("user-joined-chatrooms.user-joined-chatrooms")]
    public async Task ListJoinedChatrooms_StringDisabledAndNumberCount(string fixture)
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture(fixture));
        using var client = TestClients.Create(handler);

        var rooms = await client.ListJoinedChatroomsAsync("user1", 1, 10, CancellationToken.None);

        Assert.Equal(TestClients.Root + "users/user1/joined_chatrooms?pagenum=1&pagesize=10", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Collection(rooms,
            room =>
            {
                Assert.Equal("216295074234369", room.Id);
                Assert.Equal("fd", room.Name);
                Assert.False(room.Disabled);
                Assert.Null(room.Owner);
                Assert.Null(room.MemberCount);
            },
            room =>
            {
                Assert.Equal("216294461865985", room.Id);
                Assert.Equal("testChatRoom", room.Name);
                Assert.False(room.Disabled);
            });
    }

    [Fact]
    public async Task ChatroomDetails_SingleObjectData_MapsEveryField()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-management.chatroom-details"));
        using var client = TestClients.Create(handler);

        var result = await client.GetChatroomDetailsAsync(new[] { "662XXXX13" }, CancellationToken.None);

        Assert.Equal(TestClients.Root + "chatrooms/662XXXX13", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Empty(result.Missing);
        var room = Assert.Single(result.Found);
        Assert.Equal("662XXXX13", room.Id);
        Assert.Equal("testchatroom1", room.Name);
        Assert.Equal("test", room.Description);
        Assert.False(room.MembersOnly);
        Assert.False(room.AllowInvites);
        Assert.Equal(200, room.MaxUsers);
        Assert.Equal("user1", room.Owner);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1542542951527), room.Created);
        Assert.Equal("", room.Custom);
        Assert.Equal(2, room.MemberCount);
        Assert.Equal(new[] { "user2", "user1" }, room.Members);
        Assert.True(room.Public);
        Assert.Null(room.Disabled);
    }

    [Fact]
    public async Task CreateChatroom_ReturnsDataId_AndSendsTheDocumentedBody()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-management.create-chatroom"));
        using var client = TestClients.Create(handler);

        var id = await client.CreateChatroomAsync(
            new NewChatroomRequest { Name = "testchatroom1", Description = "test", MaxUsers = 300, Owner = "user1", Members = new[] { "user2" } },
            CancellationToken.None);

        Assert.Equal("66XXXX33", id);
        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(TestClients.Root + "chatrooms", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.ContentType);
        JsonAssert.Equal("""{"name":"testchatroom1","description":"test","maxusers":300,"owner":"user1","members":["user2"]}""", request.Body);
    }

    [Fact]
    public async Task ModifyChatroom_ReadsGroupnameAsName_AndSendsOnlyGivenProperties()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-management.modify-chatroom"));
        using var client = TestClients.Create(handler);

        var result = await client.UpdateChatroomAsync("662XXXX13", "testchatroom", null, 300, CancellationToken.None);

        Assert.True(result.Name);
        Assert.True(result.Description);
        Assert.True(result.MaxUsers);
        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal(TestClients.Root + "chatrooms/662XXXX13", request.Uri.AbsoluteUri);
        JsonAssert.Equal("""{"name":"testchatroom","maxusers":300}""", request.Body);
    }

    [Fact]
    public async Task TransferChatroomOwner_ReadsNewowner()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-management.transfer-chatroom-owner"));
        using var client = TestClients.Create(handler);

        Assert.True(await client.TransferChatroomOwnerAsync("66XXXX85", "user2", CancellationToken.None));

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal(TestClients.Root + "chatrooms/66XXXX85", request.Uri.AbsoluteUri);
        JsonAssert.Equal("""{"newowner":"user2"}""", request.Body);
    }

    [Fact]
    public async Task DeleteChatroom_ReadsSuccess()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-management.delete-chatroom"));
        using var client = TestClients.Create(handler);

        Assert.True(await client.DeleteChatroomAsync("662XXXX13", CancellationToken.None));

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal(TestClients.Root + "chatrooms/662XXXX13", request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task ListChatroomMembers_OwnerAndMemberEntries()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-members.list-chatroom-members"));
        using var client = TestClients.Create(handler);

        var members = await client.ListChatroomMembersAsync("12XXXX11", 2, 2, CancellationToken.None);

        Assert.Equal(TestClients.Root + "chatrooms/12XXXX11/users?pagenum=2&pagesize=2", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Collection(members,
            m => Assert.Equal(("12XXXX11", "user1", EmChatroomRole.Owner), (m.ChatroomId, m.Username, m.Role)),
            m => Assert.Equal(("12XXXX11", "user2", EmChatroomRole.Member), (m.ChatroomId, m.Username, m.Role)));
    }

    [Fact]
    public async Task ListGlobalMutes_OneObjectPerRow_SecondsUnixtime_ThenMergedPerUser()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("global-mutes.list-global-mutes"));
        using var client = TestClients.Create(handler);

        var page = await client.ListGlobalMutesAsync(1, 10, CancellationToken.None);

        Assert.Equal(TestClients.Root + "mutes?pageNum=1&pageSize=10", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        var checkedOn = DateTimeOffset.FromUnixTimeSeconds(1631609858);
        Assert.Equal(checkedOn, page.CheckedOn);
        Assert.All(page.Rows, row => Assert.Equal(checkedOn, row.CheckedOn));
        Assert.Equal(
            new (string, long?, long?, long?)[]
            {
                ("zs2", null, null, 0),
                ("zs1", null, 69, null),
                ("zs1", 69, null, null),
                ("zs1", null, null, 69),
                ("h2", null, null, 0),
                ("h2", null, 0, null),
                ("h2", 0, null, null),
            },
            page.Rows.Select(r => (r.Username, r.Chat, r.GroupChat, r.Chatroom)));

        var merged = GlobalMuteMerger.Merge(page.Rows);

        Assert.Equal(
            new (string, long?, long?, long?)[] { ("zs2", null, null, 0), ("zs1", 69, 69, 69), ("h2", 0, 0, 0) },
            merged.Select(m => (m.Username, m.Chat, m.GroupChat, m.Chatroom)));
        Assert.All(merged, m => Assert.Equal(checkedOn, m.CheckedOn));
        Assert.Equal(7, page.Rows.Count(r => r.Chat is not null || r.GroupChat is not null || r.Chatroom is not null)); // rows untouched by merging
    }
}
