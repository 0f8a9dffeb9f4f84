using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class ChatroomCreateTests
{
    [Fact]
    public async Task Create_stores_every_field_and_answers_the_id()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");

        var answer = (await client.PostAsync("chatrooms", new { name = "lobby", description = "d", maxusers = 300, owner = "u1", members = new[] { "u2", "u3" }, custom = "c" })).ShouldSucceed();

        var id = answer.Data.GetProperty("id").GetString()!;
        var stored = client.Store.FindChatroom(id)!;
        Assert.Equal(("lobby", "d", 300, "u1", "c"), (stored.Name, stored.Description, stored.MaxUsers, stored.Owner, stored.Custom));
        Assert.Equal(new[] { "u2", "u3" }, stored.Members);
        Assert.Equal("post", answer.Json.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Defaults_are_maxusers_1000_and_empty_description_and_custom()
    {
        using var client = EmulatorClient.WithUsers("u1");

        var id = await client.CreateChatroomAsync("lobby", "u1");

        var stored = client.Store.FindChatroom(id)!;
        Assert.Equal((1000, "", "", 0), (stored.MaxUsers, stored.Description, stored.Custom, stored.Members.Count));
    }

    [Fact]
    public async Task The_owner_listed_among_members_is_ignored()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");

        var id = await client.CreateChatroomAsync("lobby", "u1", "u1", "u2");

        Assert.Equal(new[] { "u2" }, client.Store.FindChatroom(id)!.Members);
    }

    [Fact]
    public async Task Missing_fields_are_invalid_parameter()
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync("chatrooms", new { owner = "u1" })).ShouldFail(400, "invalid_parameter", "name must be provided");
        (await client.PostAsync("chatrooms", new { name = "n" })).ShouldFail(400, "invalid_parameter", "owner must be provided");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", members = Array.Empty<string>() })).ShouldFail(400, "invalid_parameter", "members must be provided");
        Assert.Equal("invalid_parameter", (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", maxusers = "many" })).Error);
        Assert.Empty(client.Store.Chatrooms);
    }

    [Fact]
    public async Task Limits_are_exceed_limit_or_invalid_parameter_as_documented()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");

        (await client.PostAsync("chatrooms", new { name = new string('n', 129), owner = "u1" })).ShouldFail(403, "exceed_limit", "title cannot exceed to 128");
        (await client.PostAsync("chatrooms", new { name = "n", description = new string('d', 513), owner = "u1" })).ShouldFail(403, "exceed_limit", "desc cannot exceed to 512");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", maxusers = 10001 })).ShouldFail(403, "exceed_limit", "maxUsers cannot exceed 10000");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", maxusers = 0 })).ShouldFail(403, "exceed_limit", "maxUsers cannot exceed 10000");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", maxusers = 2, members = new[] { "u2", "u3" } }))
            .ShouldFail(403, "exceed_limit", "members size is greater than max user size !");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", custom = new string('c', 8193) }))
            .ShouldFail(400, "invalid_parameter", "custom cannot exceed 8192 bytes");
        // Custom is counted in UTF-8 bytes: 2,731 three-byte characters are 8,193 bytes.
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", custom = new string('中', 2731) }))
            .ShouldFail(400, "invalid_parameter", "custom cannot exceed 8192 bytes");
        Assert.Empty(client.Store.Chatrooms);

        await client.CreateChatroomAsync(new string('n', 128), "u1");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", maxusers = 3, members = new[] { "u2", "u3" }, custom = new string('c', 8192), description = new string('d', 512) })).ShouldSucceed();
    }

    [Fact]
    public async Task Unknown_owner_or_member_is_resource_not_found()
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync("chatrooms", new { name = "n", owner = "ghost" })).ShouldFail(404, "resource_not_found", "username ghost doesn't exist!");
        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", members = new[] { "nobody" } })).ShouldFail(404, "resource_not_found", "username nobody doesn't exist!");
        Assert.Empty(client.Store.Chatrooms);
    }

    [Fact]
    public async Task The_app_quota_is_exceed_limit()
    {
        using var client = new EmulatorClient(new EmulatorOptions { MaxChatrooms = 2, Users = { "u1" } });

        await client.CreateChatroomAsync("a", "u1");
        await client.CreateChatroomAsync("b", "u1");

        (await client.PostAsync("chatrooms", new { name = "c", owner = "u1" })).ShouldFail(403, "exceed_limit", "appKey:demo-org#demo-app has create too many chatrooms!");
        Assert.Equal(2, client.Store.Chatrooms.Count);
    }

    [Fact]
    public async Task Chinese_and_emoji_names_round_trip_and_count_as_characters()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var name = "聊天室🎉" + new string('好', 123) + "😀";
        Assert.Equal(128, System.Globalization.StringInfo.ParseCombiningCharacters(name).Length);

        var id = await client.CreateChatroomAsync(name, "u1");
        (await client.PutAsync($"chatrooms/{id}", new { description = "描述 ✨" })).ShouldSucceed();

        var details = (await client.GetAsync($"chatrooms/{id}")).ShouldSucceed();
        Assert.Equal(name, details.Data.GetProperty("name").GetString());
        Assert.Equal("描述 ✨", details.Data.GetProperty("description").GetString());
        Assert.Equal(name, (await client.GetAsync("chatrooms")).Data.GetProperty("name").GetString());
        Assert.Equal(name, client.Store.FindChatroom(id)!.Name);
        (await client.PostAsync("chatrooms", new { name = name + "😀", owner = "u1" })).ShouldFail(403, "exceed_limit", "title cannot exceed to 128");
    }
}
