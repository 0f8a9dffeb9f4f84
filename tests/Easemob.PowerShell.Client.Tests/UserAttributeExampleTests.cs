using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The vendor's user attribute examples (Fixtures/userattribute.*) read through the client, and the requests made.</summary>
public sealed class UserAttributeExampleTests
{
    [Fact]
    public async Task Set_SendsAFormBody_AndReadsTheExample()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("userattribute.set"));
        using var client = TestClients.Create(handler);

        var set = await client.SetUserAttributesAsync("user1", new Dictionary<string, string>
        {
            ["avatarurl"] = "https://www.easemob.com/avatar.png", ["ext"] = "a&b=c d", ["nickname"] = "昵称",
        }, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(("PUT", TestClients.Root + "metadata/user/user1", "application/x-www-form-urlencoded"), (request.Method, request.Uri.AbsoluteUri, request.ContentType));
        Assert.Equal("avatarurl=https%3A%2F%2Fwww.easemob.com%2Favatar.png&ext=a%26b%3Dc%20d&nickname=%E6%98%B5%E7%A7%B0", request.Body);
        Assert.Equal(("nickname", "https://www.easemob.com/avatar.png", "ext"), (set.Nickname, set.AvatarUrl, set.Ext));
    }

    [Fact]
    public async Task GetOne_AndTheBatchGet_ReadTheExamples()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Json(Responses.Fixture(r.Method == "POST" ? "userattribute.batch-get" : "userattribute.get")));
        using var client = TestClients.Create(handler);

        var one = await client.GetUserAttributesAsync("user1", CancellationToken.None);
        var many = await client.GetUserAttributesAsync(new[] { "USER2", "ghost", "user1" }, new[] { "avatarurl", "ext", "nickname" }, CancellationToken.None);

        Assert.Equal(3, one.Attributes.Count);
        Assert.Equal(TestClients.Root + "metadata/user/get", handler.ApiRequests[1].Uri.AbsoluteUri);
        Assert.Equal("""{"targets":["USER2","ghost","user1"],"properties":["avatarurl","ext","nickname"]}""", handler.ApiRequests[1].Body);
        Assert.Equal(new[] { "USER2", "ghost", "user1" }, many.Select(a => a.Username));
        Assert.Equal(new[] { 3, 0, 3 }, many.Select(a => a.Attributes.Count));
        Assert.Equal("nickname", many[0].Nickname);
    }

    [Fact]
    public async Task Capacity_AndDelete_ReadTheExamples()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Json(Responses.Fixture(r.Method == "DELETE" ? "userattribute.delete" : "userattribute.capacity")));
        using var client = TestClients.Create(handler);

        var usage = await client.GetUserAttributeUsageAsync(CancellationToken.None);
        await client.RemoveUserAttributesAsync("user1", CancellationToken.None);

        Assert.Equal(("org#app", 1673L), (usage.AppKey, usage.Bytes));
        Assert.Equal(("DELETE", TestClients.Root + "metadata/user/user1"), (handler.ApiRequests[1].Method, handler.ApiRequests[1].Uri.AbsoluteUri));
    }

    [Fact]
    public async Task A_delete_the_service_reports_as_not_done_is_an_error()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForJson("""{"data":false}"""));

        await Assert.ThrowsAsync<EasemobApiException>(() => client.RemoveUserAttributesAsync("user1", CancellationToken.None));
    }
}
