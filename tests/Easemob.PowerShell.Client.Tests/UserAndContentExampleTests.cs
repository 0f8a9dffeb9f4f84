using System.Security;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The vendor's example answers of the user-moderation and chatroom-content calls (Fixtures/) read through the client.</summary>
public sealed class UserAndContentExampleTests
{
    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text) secure.AppendChar(c);
        return secure;
    }

    [Fact]
    public async Task ListUsers_ReadsEntitiesAndTheTopLevelCursor()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("users-account-system.list-users"));
        using var client = TestClients.Create(handler);

        var page = await client.ListUsersAsync(2, "abc", CancellationToken.None);

        Assert.Equal(TestClients.Root + "users?limit=2&cursor=abc", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Equal("LTgzXXXX2tB", page.Cursor);
        Assert.Equal(new[] { "XXXX", "user2" }, page.Items.Select(u => u.Username));
        Assert.Equal("user1", page.Items[0].Nickname);
        Assert.True(page.Items[0].Activated);
    }

    [Fact]
    public async Task BatchRegister_PartialFailure_IsTheRefusedUsersOwnError()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("users-account-system.batch-register-partial"));
        using var client = TestClients.Create(handler);
        var users = new[] { "user1", "user2", "user3" }.Select(u => new NewUser(u, Secure("pw-" + u), null)).ToArray();

        var results = await client.CreateUsersAsync(users, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("[{\"username\":\"user1\",\"password\":\"pw-user1\"}", request.Body);
        Assert.Equal("user1", results[0].Result.Username);
        Assert.Equal("user2", results[1].Result.Username);
        Assert.False(results[2].Succeeded);
        Assert.Equal("duplicate_unique_property_exists", results[2].Error!.ErrorCode);
        Assert.Equal("the user3 already exists", results[2].Error!.ErrorDescription);
    }

    [Fact]
    public async Task Deactivate_ReturnsTheUserNotActivated_AndActivateTakesTheActionOnlyAnswer()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Json(Responses.Fixture(r.Uri.AbsolutePath.EndsWith("/deactivate")
            ? "users-account-system.deactivate-user" : "users-account-system.activate-user")));
        using var client = TestClients.Create(handler);

        var banned = await client.DeactivateUserAsync("user1", CancellationToken.None);
        await client.ActivateUserAsync("user1", CancellationToken.None);

        Assert.Equal("user1", banned.Username);
        Assert.False(banned.Activated);
        Assert.Equal(new[] { "POST users/user1/deactivate", "POST users/user1/activate" },
            handler.ApiRequests.Select(r => r.Method + " " + r.Uri.AbsoluteUri.Substring(TestClients.Root.Length)));
    }

    [Theory]
    [InlineData(null, "users-account-system.disconnect-user", "GET", "users/user1/disconnect")]
    [InlineData("android_1", "users-account-system.disconnect-device", "DELETE", "users/user1/disconnect/android_1")]
    public async Task Disconnect_ReadsDataResult(string? resource, string fixture, string method, string path)
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture(fixture));
        using var client = TestClients.Create(handler);

        Assert.True(await client.DisconnectUserAsync("user1", resource, CancellationToken.None));

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(method, request.Method);
        Assert.Equal(TestClients.Root + path, request.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Devices_MapResourceUuidAndName()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("users-account-system.user-devices"));
        using var client = TestClients.Create(handler);

        var device = Assert.Single(await client.ListUserDevicesAsync("XXXX", CancellationToken.None));

        Assert.Equal("android_XXXX", device.Resource);
        Assert.Equal("2a54-XXXX", device.DeviceUuid);
        Assert.Equal("HUAWEI-XXXX", device.DeviceName);
        Assert.Equal("XXXX", device.Username);
    }

    [Fact]
    public async Task BatchStatus_SendsTheNames_AndReadsOneObjectPerUser()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("users-account-system.batch-user-status"));
        using var client = TestClients.Create(handler);

        var statuses = await client.GetUserStatusesAsync(new[] { "User1", "user2" }, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(TestClients.Root + "users/batch/status", request.Uri.AbsoluteUri);
        Assert.Equal("{\"usernames\":[\"User1\",\"user2\"]}", request.Body);
        Assert.Equal(new[] { "User1", "user2" }, statuses.Select(s => s.Result.Username));
        Assert.All(statuses, s => Assert.False(s.Result.Online));
    }

    [Fact]
    public async Task SetPassword_SendsNewpassword_AndReadsTheActionOnlyAnswer()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("users-account-system.set-password"));
        using var client = TestClients.Create(handler);

        await client.SetUserPasswordAsync("user1", Secure("n3w-pw"), CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal(TestClients.Root + "users/user1/password", request.Uri.AbsoluteUri);
        Assert.Equal("{\"newpassword\":\"n3w-pw\"}", request.Body);
    }

    [Fact]
    public async Task Announcement_GetAndSet()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Json(Responses.Fixture(r.Method == "GET"
            ? "chatroom-announcement-attributes.get-announcement" : "chatroom-announcement-attributes.set-announcement")));
        using var client = TestClients.Create(handler);

        var announcement = await client.GetChatroomAnnouncementAsync("12XXXX11", CancellationToken.None);
        var done = await client.SetChatroomAnnouncementAsync("12XXXX11", "", CancellationToken.None);

        Assert.Equal("12XXXX11", announcement.ChatroomId);
        Assert.Equal("XXXX.", announcement.Announcement);
        Assert.True(done);
        Assert.Equal("{\"announcement\":\"\"}", handler.ApiRequests[1].Body);
        Assert.Equal(TestClients.Root + "chatrooms/12XXXX11/announcement", handler.ApiRequests[1].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Attributes_GetReadsTheDataObjectAsPairs()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-announcement-attributes.get-attributes"));
        using var client = TestClients.Create(handler);

        var attributes = await client.GetChatroomAttributesAsync("r1", new[] { "key1", "key2" }, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(TestClients.Root + "metadata/chatroom/r1", request.Uri.AbsoluteUri);
        Assert.Equal("{\"keys\":[\"key1\",\"key2\"]}", request.Body);
        Assert.Equal(new[] { "key1=value1", "key2=value2" }, attributes.Select(a => a.ToString()));
    }

    [Theory]
    [InlineData("chatroom-announcement-attributes.set-attributes", new[] { "key1" }, new[] { "key2" })]
    [InlineData("chatroom-announcement-attributes.set-attributes-partial", new string[0], new[] { "key1", "key2" })]
    public async Task Attributes_SetReportsEachFailedKeyWithItsReason(string fixture, string[] succeeded, string[] failed)
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture(fixture));
        using var client = TestClients.Create(handler);
        var pairs = new[] { new KeyValuePair<string, string>("key1", "v1"), new KeyValuePair<string, string>("key2", "v2") };

        var outcome = await client.SetChatroomAttributesAsync("r1", "u1", pairs, keepAfterLeave: true, force: true, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal(TestClients.Root + "metadata/chatroom/r1/user/u1/forced", request.Uri.AbsoluteUri);
        Assert.Equal("{\"metaData\":{\"key1\":\"v1\",\"key2\":\"v2\"},\"autoDelete\":\"NO_DELETE\"}", request.Body);
        Assert.Equal(succeeded, outcome.Where(o => o.Succeeded).Select(o => o.Result.Key));
        Assert.Equal(failed, pairs.Where((_, i) => !outcome[i].Succeeded).Select(p => p.Key));
        Assert.All(pairs.Zip(outcome).Where(p => !p.Second.Succeeded), f => Assert.Equal(EasemobClient.AttributeKeyRefusedCode, f.Second.Error!.ErrorCode));
        Assert.All(pairs.Zip(outcome).Where(p => !p.Second.Succeeded), f => Assert.Contains($"key '{f.First.Key}'", f.Second.Error!.Message));
    }

    [Fact]
    public async Task Attributes_RemoveSendsTheKeysInTheDeleteBody()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("chatroom-announcement-attributes.remove-attributes"));
        using var client = TestClients.Create(handler);

        var outcome = await client.RemoveChatroomAttributesAsync("r1", "u1", new[] { "key1", "key2" }, force: false, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal(TestClients.Root + "metadata/chatroom/r1/user/u1", request.Uri.AbsoluteUri);
        Assert.Equal("{\"keys\":[\"key1\",\"key2\"]}", request.Body);
        Assert.Equal(new[] { "key1" }, outcome.Where(o => o.Succeeded).Select(o => o.Result.Key));
        Assert.Equal("errorDesc", outcome[1].Error!.ErrorDescription!.Split(": ")[1]);
    }
}
