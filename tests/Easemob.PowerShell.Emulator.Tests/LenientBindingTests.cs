using Easemob.PowerShell.Emulator.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The service's JSON binding: an integer sent as "" is absent and one sent as a numeric string is its number;
/// a query parameter sent empty is absent. Real clients rely on it (Easemob's Go server SDK sends "ttl": "").
/// </summary>
public sealed class LenientBindingTests
{
    [Fact]
    public async Task A_token_request_with_an_empty_ttl_gets_the_default_lifetime_and_a_numeric_string_is_its_number()
    {
        using var client = new EmulatorClient(new EmulatorOptions { TokenTtl = TimeSpan.FromSeconds(600) });
        var id = client.Emulator.ClientId;
        var secret = client.Emulator.ClientSecret;

        // The body the Go server SDK sends on every token request.
        var empty = await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id, client_secret = secret, ttl = "" });
        var numeric = await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id, client_secret = secret, ttl = "3600" });

        Assert.Equal(600, empty.ShouldSucceed().Json.GetProperty("expires_in").GetInt64());
        Assert.Equal(3600, numeric.ShouldSucceed().Json.GetProperty("expires_in").GetInt64());
        client.Token = empty.Json.GetProperty("access_token").GetString();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
        Assert.Equal("invalid_parameter", (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id, client_secret = secret, ttl = "ten" })).Error);
    }

    [Fact]
    public async Task Integers_in_chatroom_mute_and_global_mute_bodies_take_numeric_strings_and_empty_strings_as_absent()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");

        var sized = (await client.PostAsync("chatrooms", new { name = "a", owner = "u1", maxusers = "300", members = new[] { "u2" } })).ShouldSucceed();
        var defaulted = (await client.PostAsync("chatrooms", new { name = "b", owner = "u1", maxusers = "" })).ShouldSucceed();
        var room = sized.Data.GetProperty("id").GetString()!;
        Assert.Equal(300, client.Store.FindChatroom(room)!.MaxUsers);
        Assert.Equal(EmApiLimits.DefaultChatroomMaxUsers, client.Store.FindChatroom(defaulted.Data.GetProperty("id").GetString()!)!.MaxUsers);

        (await client.PutAsync($"chatrooms/{room}", new { maxusers = "200", name = 42 })).ShouldSucceed();
        Assert.Equal((200, "42"), (client.Store.FindChatroom(room)!.MaxUsers, client.Store.FindChatroom(room)!.Name));

        (await client.PostAsync($"chatrooms/{room}/mute", new { usernames = new[] { "u2" }, mute_duration = "-1" })).ShouldSucceed();
        Assert.Equal(-1, Assert.Single(client.Store.ChatroomMutes(room)).Expire);

        (await client.PutAsync($"metadata/chatroom/{room}/user/u2", new { metaData = new { level = 3, vip = true } })).ShouldSucceed();
        Assert.Equal(new Dictionary<string, string> { ["level"] = "3", ["vip"] = "true" }, client.Store.GetAttributes(room));

        (await client.PostAsync("mutes", new { username = "u2", chat = "60", groupchat = "" })).ShouldSucceed();
        var mute = client.Store.FindGlobalMute("u2")!;
        Assert.InRange(mute.Chat!.Value, 59, 60);
        Assert.Null(mute.GroupChat);
    }

    [Fact]
    public async Task Paging_parameters_sent_empty_are_absent()
    {
        using var client = EmulatorClient.WithUsers("u1");
        for (var i = 0; i < 3; i++)
        {
            client.Store.AddChatroom("room" + i, "u1");
        }

        var answer = (await client.GetAsync("users/u1/joined_chatrooms?pagenum=&pagesize=")).ShouldSucceed();
        Assert.Equal(3, answer.Data.GetArrayLength());
        Assert.Equal(1, (await client.GetAsync("chatrooms/" + client.Store.Chatrooms[0].Id + "/users?pagenum=&pagesize=")).ShouldSucceed().Data.GetArrayLength());
        Assert.Equal(3, (await client.GetAsync("chatrooms?limit=&cursor=")).ShouldSucceed().Data.GetArrayLength());
    }
}
