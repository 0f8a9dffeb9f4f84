using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The vendor's contact and block-list examples (Fixtures/user-contacts.*, user-blocks.*) read through the client.</summary>
public sealed class UserRelationExampleTests
{
    [Fact]
    public async Task Contacts_AddRemarkAndThePagedList_ReadTheExamples()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Json(Responses.Fixture(r.Method switch
        {
            "POST" => "user-contacts.add",
            "PUT" => "user-contacts.remark",
            _ => "user-contacts.list-paged",
        })));
        using var client = TestClients.Create(handler);

        await client.AddContactAsync("user1", "user2", CancellationToken.None);
        var remarked = await client.SetContactRemarkAsync("user1", "user2", "老同学", CancellationToken.None);
        var page = await client.ListContactsAsync("XXXX", 10, null, CancellationToken.None);

        Assert.Equal(TestClients.Root + "users/user1/contacts/users/user2", handler.ApiRequests[0].Uri.AbsoluteUri);
        Assert.Equal((TestClients.Root + "user/user1/contacts/users/user2", "{\"remark\":\"\\u8001\\u540C\\u5B66\"}"), (handler.ApiRequests[1].Uri.AbsoluteUri, handler.ApiRequests[1].Body));
        Assert.Equal("老同学", remarked.Remark);
        Assert.Equal(TestClients.Root + "user/XXXX/contacts?limit=10&needReturnRemark=true", handler.ApiRequests[2].Uri.AbsoluteUri);
        var contact = Assert.Single(page.Items);
        Assert.Equal(("XXXX", "username", null), (contact.Username, contact.Contact, contact.Remark));
        Assert.Null(page.Cursor);
    }

    [Fact]
    public async Task Import_ReportsEachUsersOutcome()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("user-contacts.import"));
        using var client = TestClients.Create(handler);

        var results = await client.ImportContactsAsync("u1", new[] { "username1", "USERNAME2", "username3", "ghost" }, CancellationToken.None);

        Assert.Equal("""{"usernames":["username1","USERNAME2","username3","ghost"]}""", Assert.Single(handler.ApiRequests).Body);
        Assert.Equal(new[] { true, true, true, false }, results.Select(r => r.Succeeded));
        Assert.Equal(500, results[3].Error!.StatusCode);
    }

    [Fact]
    public async Task BlockList_BlockAndThePagedList_ReadTheExamples()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Json(Responses.Fixture(r.Method == "POST" ? "user-blocks.block" : "user-blocks.list")));
        using var client = TestClients.Create(handler);

        var blocked = await client.BlockUsersAsync("user1", new[] { "user2" }, CancellationToken.None);
        var page = await client.ListBlockedUsersAsync("XXXX", 2, null, CancellationToken.None);

        Assert.Equal("""{"usernames":["user2"]}""", handler.ApiRequests[0].Body);
        Assert.Equal(new[] { "user2" }, blocked);
        Assert.Equal(TestClients.Root + "users/XXXX/blocks/users?pageSize=2", handler.ApiRequests[1].Uri.AbsoluteUri);
        Assert.Equal(new[] { "tst05", "tst04" }, page.Items.Select(b => b.BlockedUser));
        Assert.Equal("MTA5OTAwMzMwNDUzNTA2ODY1NA==", page.Cursor);
    }
}
