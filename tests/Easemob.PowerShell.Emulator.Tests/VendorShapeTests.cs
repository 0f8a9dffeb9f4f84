using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The emulator answers each call in the shape of the vendor's example (Fixtures/, copied verbatim): same field
/// names, same JSON kinds. Where the vendor contradicts itself the examples win: the list and details examples
/// show "data" as one object while their field tables say array, and the emulator sends one object exactly when
/// there is one result (so each test below sets up one), an array otherwise; "count" of the joined-chatrooms
/// call is documented as a string but a number in the example; the mute list's "unixtime" is documented in ms
/// but in seconds in the example. The JSON kinds compared here are those of the examples.
/// </summary>
public sealed class VendorShapeTests
{
    private static JsonElement Fixture(string name) => VendorFixtures.Read(name);

    private static EmulatorClient WithOneChatroom(out string id)
    {
        var client = EmulatorClient.WithUsers("user1", "user2");
        id = client.Store.AddChatroom("testchatroom1", "user1", "test", 200, ["user2"]);
        return client;
    }

    [Fact]
    public async Task List_chatrooms()
    {
        using var client = WithOneChatroom(out _);
        JsonShape.AssertConforms(Fixture("list-chatrooms"), (await client.GetAsync("chatrooms?limit=10")).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Joined_chatrooms()
    {
        using var client = WithOneChatroom(out _);
        client.Store.AddChatroom("testChatRoom", "user2");
        JsonShape.AssertConforms(Fixture("joined-chatrooms"), (await client.GetAsync("users/user2/joined_chatrooms?pagenum=1&pagesize=10")).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Chatroom_details()
    {
        using var client = WithOneChatroom(out var id);
        JsonShape.AssertConforms(Fixture("chatroom-details"), (await client.GetAsync($"chatrooms/{id}")).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Create_chatroom()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2");
        var answer = await client.PostAsync("chatrooms", new { name = "testchatroom1", description = "test", maxusers = 300, owner = "user1", members = new[] { "user2" } });
        JsonShape.AssertConforms(Fixture("create-chatroom"), answer.ShouldSucceed().Json);
    }

    [Fact]
    public async Task Modify_chatroom()
    {
        using var client = WithOneChatroom(out var id);
        var answer = await client.PutAsync($"chatrooms/{id}", new { name = "testchatroom", description = "test", maxusers = 300 });
        JsonShape.AssertConforms(Fixture("modify-chatroom"), answer.ShouldSucceed().Json);
    }

    [Fact]
    public async Task Transfer_chatroom()
    {
        using var client = WithOneChatroom(out var id);
        JsonShape.AssertConforms(Fixture("transfer-chatroom"), (await client.PutAsync($"chatrooms/{id}", new { newowner = "user2" })).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Delete_chatroom()
    {
        using var client = WithOneChatroom(out var id);
        JsonShape.AssertConforms(Fixture("delete-chatroom"), (await client.DeleteAsync($"chatrooms/{id}")).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Chatroom_members()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2", "user3", "user4");
        var id = client.Store.AddChatroom("room", "user1", members: ["user2", "user3", "user4"]);
        // The vendor's example is a page 2 that holds the owner (its server does not order members); the emulator
        // lists the owner first, so its page 1 has both kinds of entry.
        var first = (await client.GetAsync($"chatrooms/{id}/users?pagenum=1&pagesize=2")).ShouldSucceed().Json;
        var second = (await client.GetAsync($"chatrooms/{id}/users?pagenum=2&pagesize=2")).ShouldSucceed().Json;
        JsonShape.AssertConforms(Fixture("chatroom-members"), first);
        Assert.Equal("[{\"member\":\"user3\"},{\"member\":\"user4\"}]", second.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Global_mutes()
    {
        using var client = EmulatorClient.WithUsers("zs2", "zs1", "h2");
        client.Store.SetGlobalMute("zs2", null, null, 0);
        client.Store.SetGlobalMute("zs1", 69, 69, 69);
        client.Store.SetGlobalMute("h2", 0, 0, 0);
        JsonShape.AssertConforms(Fixture("global-mutes"), (await client.GetAsync("mutes?pageNum=1&pageSize=10")).ShouldSucceed().Json);
    }

    [Fact]
    public async Task Envelope_names_the_app_and_the_request()
    {
        using var client = WithOneChatroom(out _);
        var application = (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = client.Emulator.ClientId, client_secret = client.Emulator.ClientSecret }))
            .Json.GetProperty("application").GetString();

        var json = (await client.GetAsync("chatrooms?limit=1")).ShouldSucceed().Json;

        Assert.Equal("get", json.GetProperty("action").GetString());
        Assert.Equal(application, json.GetProperty("application").GetString());
        Assert.Equal("demo-org", json.GetProperty("organization").GetString());
        Assert.Equal("demo-app", json.GetProperty("applicationName").GetString());
        Assert.Equal(client.ApiRoot + "chatrooms", json.GetProperty("uri").GetString());
        Assert.Equal("/chatrooms", json.GetProperty("path").GetString());
        Assert.Equal(0, json.GetProperty("entities").GetArrayLength());
        Assert.InRange(json.GetProperty("timestamp").GetInt64(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("duration").ValueKind);
    }

    [Fact]
    public async Task Errors_carry_code_exception_timestamp_duration_and_description()
    {
        using var client = new EmulatorClient();

        var json = (await client.GetAsync("chatrooms/1")).Json;

        Assert.Equal(
            new[] { ("error", JsonValueKind.String), ("exception", JsonValueKind.String), ("timestamp", JsonValueKind.Number), ("duration", JsonValueKind.Number), ("error_description", JsonValueKind.String) },
            json.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind)));
        Assert.Contains("Exception", json.GetProperty("exception").GetString());
    }

    [Fact]
    public async Task Shape_check_catches_a_wrong_kind()
    {
        using var client = WithOneChatroom(out _);
        var answer = (await client.GetAsync("users/user2/joined_chatrooms")).ShouldSucceed().Json;
        var spoiled = JsonDocument.Parse(answer.GetRawText().Replace("\"disabled\":\"false\"", "\"disabled\":false")).RootElement;

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => JsonShape.AssertConforms(Fixture("joined-chatrooms"), spoiled));
    }
}
