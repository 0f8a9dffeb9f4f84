using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The user-moderation and chatroom-content calls over raw HTTP: the vendor examples' shapes (Fixtures/), the
/// documented limits and errors, and the state they change.
/// </summary>
public sealed class UserModerationAndContentTests
{
    private static JsonElement Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"))).RootElement;

    [Fact]
    public async Task User_calls_answer_in_the_vendor_shapes()
    {
        using var client = EmulatorClient.WithUsers();
        // The list example's users all have nicknames.
        new[] { "user1", "user2", "user3" }.ToList().ForEach(u => client.Store.AddUser(u, "p", "nick-" + u));
        client.Store.ConnectDevice("user2", "android_1", "2a54-1", "HUAWEI-1");

        JsonShape.AssertConforms(Fixture("users-account-system.list-users"), (await client.GetAsync("users?limit=2")).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.user-devices"), (await client.GetAsync("users/user2/resources")).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.batch-user-status"), (await client.PostAsync("users/batch/status", new { usernames = new[] { "user1", "user2" } })).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.disconnect-device"), (await client.DeleteAsync("users/user2/disconnect/android_1")).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.disconnect-user"), (await client.GetAsync("users/user2/disconnect")).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.deactivate-user"), (await client.PostAsync("users/user1/deactivate", new { })).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.activate-user"), (await client.PostAsync("users/user1/activate", new { })).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.set-password"), (await client.PutAsync("users/user1/password", new { newpassword = "n3w" })).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("users-account-system.batch-register-partial"),
            (await client.PostAsync("users", new[] { new { username = "user4", password = "p" }, new { username = "user3", password = "p" } })).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Content_calls_answer_in_the_vendor_shapes()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2");
        var id = client.Store.AddChatroom("room", "user1", members: new[] { "user2" });

        JsonShape.AssertConforms(Fixture("chatroom-announcement-attributes.set-announcement"), (await client.PostAsync($"chatrooms/{id}/announcement", new { announcement = "hi" })).ShouldSucceed().Json);
        JsonShape.AssertConforms(Fixture("chatroom-announcement-attributes.get-announcement"), (await client.GetAsync($"chatrooms/{id}/announcement")).ShouldSucceed().Json);
        var set = (await client.PutAsync($"metadata/chatroom/{id}/user/user2", new { metaData = new Dictionary<string, string> { ["key1"] = "value1", ["key2"] = new string('v', 4097) } })).ShouldSucceed().Json;
        JsonShape.AssertConforms(Fixture("chatroom-announcement-attributes.set-attributes"), set);
        // key2 becomes user1's, so user2's delete below removes key1 and is refused key2.
        (await client.PutAsync($"metadata/chatroom/{id}/user/user1", new { metaData = new { key2 = "value2" } })).ShouldSucceed();
        JsonShape.AssertConforms(Fixture("chatroom-announcement-attributes.get-attributes"), (await client.PostAsync($"metadata/chatroom/{id}", new { keys = new[] { "key1", "key2" } })).ShouldSucceed().Json);
        var remove = await client.SendAsync(HttpMethod.Delete, $"metadata/chatroom/{id}/user/user2", new { keys = new[] { "key1", "key2" } });
        JsonShape.AssertConforms(Fixture("chatroom-announcement-attributes.remove-attributes"), remove.ShouldSucceed().Json);
        Assert.Equal(new[] { "key2" }, client.Store.GetAttributes(id).Keys);
        Assert.Equal("properties value of key 'key2' is exceeding maximum limit 4096", set.GetProperty("data").GetProperty("errorKeys").GetProperty("key2").GetString());
    }

    [Fact]
    public async Task A_banned_user_cannot_get_a_user_token_and_a_new_password_replaces_the_old()
    {
        using var client = EmulatorClient.WithUsers();
        client.Store.AddUser("bob", "old-pw");
        object Login(string password) => new { grant_type = "password", username = "bob", password };

        var token = (await client.RequestTokenAsync(Login("old-pw"))).ShouldSucceed().Json;
        Assert.True(token.GetProperty("user").GetProperty("activated").GetBoolean());
        (await client.PostAsync("users/bob/deactivate", new { })).ShouldSucceed();
        (await client.RequestTokenAsync(Login("old-pw"))).ShouldFail(400, "invalid_grant", "user not activated");
        (await client.PostAsync("users/bob/activate", new { })).ShouldSucceed();
        (await client.PutAsync("users/bob/password", new { newpassword = "new-pw" })).ShouldSucceed();
        (await client.RequestTokenAsync(Login("old-pw"))).ShouldFail(400, "invalid_grant", "invalid password");
        (await client.RequestTokenAsync(Login("new-pw"))).ShouldSucceed();
        (await client.RequestTokenAsync(new { grant_type = "password", username = "ghost", password = "x" })).ShouldFail(404, "invalid_grant", "user not found");

        // A user token is not an app token: admin calls refuse it.
        client.Token = token.GetProperty("access_token").GetString();
        Assert.Equal(401, (await client.GetAsync("users")).Status);
    }

    [Fact]
    public async Task User_list_pages_follow_the_cursor_without_loss()
    {
        using var client = EmulatorClient.WithUsers(Enumerable.Range(0, 25).Select(i => "p" + i).ToArray());
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await client.GetAsync("users?limit=10" + (cursor == null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))).ShouldSucceed().Json;
            seen.AddRange(page.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("username").GetString()!));
            cursor = page.TryGetProperty("cursor", out var next) ? next.GetString() : null;
        }
        while (cursor != null);

        Assert.Equal(Enumerable.Range(0, 25).Select(i => "p" + i), seen);
        (await client.GetAsync("users?limit=10&cursor=bogus")).ShouldFail(400, "invalid_parameter", "cursor bogus is invalid");
    }

    [Fact]
    public async Task Limits_and_documented_errors()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2", "outsider");
        var id = client.Store.AddChatroom("room", "user1", members: new[] { "user2" });
        var eleven = Enumerable.Range(0, 11).ToDictionary(i => "k" + i, i => "v");

        (await client.PutAsync($"metadata/chatroom/{id}/user/user2", new { metaData = eleven })).ShouldFail(400, "", "exceed allowed batch size 10");
        var longKey = new string('k', 129);
        var refused = (await client.PutAsync($"metadata/chatroom/{id}/user/user2", new { metaData = new Dictionary<string, string> { [longKey] = "v" } })).ShouldSucceed().Json;
        Assert.Equal($"properties key '{longKey}' is exceeding maximum limit 128", refused.GetProperty("data").GetProperty("errorKeys").GetProperty(longKey).GetString());
        (await client.PutAsync($"metadata/chatroom/{id}/user/outsider", new { metaData = new { k = "v" } })).ShouldFail(401, "MetadataException", "user is not in chatroom");
        (await client.PostAsync($"chatrooms/{id}/announcement", new { announcement = new string('a', 513) })).ShouldFail(403, "forbidden_op", "announce info length exceeds limit!");
        (await client.GetAsync("chatrooms/42/announcement")).ShouldFail(404, "resource_not_found", "grpID 42 does not exist!");
        (await client.PostAsync("users/batch/status", new { usernames = Enumerable.Range(0, 101).Select(i => "x" + i) }))
            .ShouldFail(400, "illegal_argument", "request body exceeds maximum limit, maximum limit is 100");
        (await client.PutAsync("users/ghost/password", new { newpassword = "p" })).ShouldFail(404, "entity_not_found", "User null not found");
        (await client.PutAsync("users/user1/password", new { })).ShouldFail(400, "illegal_argument", "newpassword is required");
        (await client.PostAsync("users/ghost/deactivate", new { })).ShouldFail(404, "service_resource_not_found", "Service resource not found");
    }

    [Fact]
    public async Task A_chatroom_holds_at_most_100_attributes_and_forced_calls_override_ownership()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2");
        var id = client.Store.AddChatroom("room", "user1", members: new[] { "user2" });
        for (var batch = 0; batch < 10; batch++)
        {
            var pairs = Enumerable.Range(batch * 10, 10).ToDictionary(i => "k" + i, i => "v");
            (await client.PutAsync($"metadata/chatroom/{id}/user/user2", new { metaData = pairs })).ShouldSucceed();
        }

        var full = (await client.PutAsync($"metadata/chatroom/{id}/user/user1", new { metaData = new { extra = "v", k0 = "mine" } })).ShouldSucceed().Json.GetProperty("data");
        Assert.Equal("properties count is exceeding maximum limit 100", full.GetProperty("errorKeys").GetProperty("extra").GetString());
        Assert.Equal("others are not allowed to be set", full.GetProperty("errorKeys").GetProperty("k0").GetString());

        var forced = (await client.PutAsync($"metadata/chatroom/{id}/user/user1/forced", new { metaData = new { k0 = "mine" } })).ShouldSucceed().Json.GetProperty("data");
        Assert.Equal("k0", forced.GetProperty("successKeys")[0].GetString());
        Assert.Equal("mine", client.Store.GetAttributes(id)["k0"]);
        Assert.Equal(100, client.Store.GetAttributes(id).Count);
    }
}
