using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class UserTests
{
    [Fact]
    public async Task Create_registers_a_lower_case_user_and_answers_the_entity()
    {
        using var client = new EmulatorClient();

        var answer = (await client.PostAsync("users", new { username = "Alice", password = "p", nickname = "爱丽丝" })).ShouldSucceed();

        var user = Assert.Single(answer.Json.GetProperty("entities").EnumerateArray());
        Assert.Equal("alice", user.GetProperty("username").GetString());
        Assert.Equal("user", user.GetProperty("type").GetString());
        Assert.True(user.GetProperty("activated").GetBoolean());
        Assert.Equal("爱丽丝", user.GetProperty("nickname").GetString());
        Assert.True(Guid.TryParse(user.GetProperty("uuid").GetString(), out _));
        Assert.Equal(JsonValueKind.Number, user.GetProperty("created").ValueKind);
        Assert.Equal(JsonValueKind.Number, user.GetProperty("modified").ValueKind);
        Assert.True(client.Store.UserExists("alice"));
        Assert.Equal(new[] { "alice" }, client.Store.Users);
    }

    [Fact]
    public async Task Create_takes_an_array_of_up_to_60_users_and_reports_taken_names_in_data()
    {
        using var client = new EmulatorClient();
        var sixty = Enumerable.Range(0, 60).Select(i => new { username = $"u{i}", password = "p" }).ToArray();

        var answer = (await client.PostAsync("users", sixty)).ShouldSucceed();
        var tooMany = await client.PostAsync("users", Enumerable.Range(0, 61).Select(i => new { username = $"v{i}", password = "p" }));
        var withDuplicate = await client.PostAsync("users", new[] { new { username = "w1", password = "p" }, new { username = "u5", password = "p" } });

        Assert.Equal(60, answer.Json.GetProperty("entities").GetArrayLength());
        Assert.Equal(400, tooMany.Status);
        Assert.Equal("illegal_argument", tooMany.Error);
        // The vendor's batch example: the taken name fails alone, in data, and the others are registered.
        var partial = withDuplicate.ShouldSucceed().Json;
        Assert.Equal("w1", partial.GetProperty("entities")[0].GetProperty("username").GetString());
        Assert.Equal("u5", partial.GetProperty("data")[0].GetProperty("username").GetString());
        Assert.Equal("the u5 already exists", partial.GetProperty("data")[0].GetProperty("registerUserFailReason").GetString());
        Assert.Equal(61, client.Store.Users.Count);
    }

    [Fact]
    public async Task Create_errors_are_the_documented_ones()
    {
        using var client = EmulatorClient.WithUsers("bob");

        (await client.PostAsync("users", new { username = "bad name", password = "p" })).ShouldFail(400, "illegal_argument", "username [bad name] is not legal");
        (await client.PostAsync("users", new { username = new string('a', 65), password = "p" })).ShouldFail(400, "illegal_argument", $"username [{new string('a', 65)}] is not legal");
        (await client.PostAsync("users", new { password = "p" })).ShouldFail(400, "illegal_argument", "username [] is not legal");
        (await client.PostAsync("users", new { username = "carol" })).ShouldFail(400, "illegal_argument", "password must be provided");
        (await client.PostAsync("users", new { username = "BOB", password = "p" }))
            .ShouldFail(400, "duplicate_unique_property_exists", "Entity user requires that property named username be unique, value of bob exists");
        (await client.PostAsync("users", new { username = "a.b-c_D9", password = "p" })).ShouldSucceed();
    }

    [Fact]
    public async Task Get_answers_the_entity_with_count_1_and_unknown_is_not_found()
    {
        using var client = EmulatorClient.WithUsers("bob");

        var answer = (await client.GetAsync("users/BOB")).ShouldSucceed();

        Assert.Equal("bob", answer.Json.GetProperty("entities")[0].GetProperty("username").GetString());
        Assert.Equal(1, answer.Json.GetProperty("count").GetInt32());
        (await client.GetAsync("users/ghost")).ShouldFail(404, "service_resource_not_found", "Service resource not found");
    }

    [Fact]
    public async Task Delete_removes_the_user_from_chatrooms_and_mutes()
    {
        using var client = EmulatorClient.WithUsers("owner", "bob", "eve");
        var id = client.Store.AddChatroom("room", "owner", members: ["bob", "eve"]);
        client.Store.AddChatroomAdmin(id, "bob");
        client.Store.SetGlobalMute("bob", -1, null, null);

        var answer = (await client.DeleteAsync("users/bob")).ShouldSucceed();

        Assert.Equal("bob", answer.Json.GetProperty("entities")[0].GetProperty("username").GetString());
        Assert.False(client.Store.UserExists("bob"));
        Assert.Equal(new[] { "eve" }, client.Store.FindChatroom(id)!.Members);
        Assert.Empty(client.Store.FindChatroom(id)!.Admins);
        Assert.Empty(client.Store.GlobalMutes);
        (await client.DeleteAsync("users/bob")).ShouldFail(404, "service_resource_not_found", "Service resource not found");
    }

    [Fact]
    public async Task Deleting_a_chatroom_owner_is_forbidden()
    {
        using var client = EmulatorClient.WithUsers("owner");
        client.Store.AddChatroom("room", "owner");

        (await client.DeleteAsync("users/owner")).ShouldFail(403, "forbidden_op", "user owner owns chatrooms");
        Assert.True(client.Store.UserExists("owner"));
    }
}
