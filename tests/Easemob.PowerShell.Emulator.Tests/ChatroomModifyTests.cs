using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class ChatroomModifyTests
{
    [Fact]
    public async Task Modify_changes_the_fields_sent_and_reports_only_those()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = client.Store.AddChatroom("old", "u1", "desc", 100);

        var all = (await client.PutAsync($"chatrooms/{id}", new { name = "new", description = "d2", maxusers = 200 })).ShouldSucceed();
        var one = (await client.PutAsync($"chatrooms/{id}", new { maxusers = 50 })).ShouldSucceed();

        Assert.Equal("{\"groupname\":true,\"description\":true,\"maxusers\":true}", all.Data.GetRawText());
        Assert.Equal("{\"maxusers\":true}", one.Data.GetRawText());
        Assert.Equal("put", one.Json.GetProperty("action").GetString());
        var stored = client.Store.FindChatroom(id)!;
        Assert.Equal(("new", "d2", 50), (stored.Name, stored.Description, stored.MaxUsers));
    }

    [Fact]
    public async Task Modify_errors_are_the_documented_ones()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = client.Store.AddChatroom("room", "u1", maxUsers: 10, members: ["u2", "u3"]);

        (await client.PutAsync("chatrooms/999", new { name = "x" })).ShouldFail(404, "resource_not_found", "grpID 999 does not exist!");
        (await client.PutAsync($"chatrooms/{id}", new { chatroom_id = "1" })).ShouldFail(400, "invalid_parameter", "some of [chatroom_id] are not valid fields");
        (await client.PutAsync($"chatrooms/{id}", new { name = "x", owner = "u2" })).ShouldFail(400, "invalid_parameter", "some of [owner] are not valid fields");
        (await client.PutAsync($"chatrooms/{id}", new { name = new string('n', 129) })).ShouldFail(403, "exceed_limit", "title cannot exceed to 128");
        (await client.PutAsync($"chatrooms/{id}", new { description = new string('d', 513) })).ShouldFail(403, "exceed_limit", "desc cannot exceed to 512");
        (await client.PutAsync($"chatrooms/{id}", new { maxusers = 10001 })).ShouldFail(403, "exceed_limit", "maxUsers cannot exceed 10000");
        (await client.PutAsync($"chatrooms/{id}", new { maxusers = 2 })).ShouldFail(403, "exceed_limit", "members size is greater than max user size !");
        Assert.Equal("invalid_parameter", (await client.PutAsync($"chatrooms/{id}", new { })).Error);
        Assert.Equal("invalid_parameter", (await client.SendAsync(HttpMethod.Put, $"chatrooms/{id}")).Error);

        var stored = client.Store.FindChatroom(id)!;
        Assert.Equal(("room", 10), (stored.Name, stored.MaxUsers));
    }

    [Fact]
    public async Task Transfer_makes_the_member_owner_and_keeps_the_old_owner_as_member()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = client.Store.AddChatroom("room", "u1", members: ["u2", "u3"]);

        var answer = (await client.PutAsync($"chatrooms/{id}", new { newowner = "u2" })).ShouldSucceed();

        Assert.Equal("{\"newowner\":true}", answer.Data.GetRawText());
        var stored = client.Store.FindChatroom(id)!;
        Assert.Equal("u2", stored.Owner);
        Assert.Equal(new[] { "u1", "u3" }, stored.Members.OrderBy(m => m));
        var details = (await client.GetAsync($"chatrooms/{id}")).Data;
        Assert.Equal("u2", details.GetProperty("owner").GetString());
        Assert.Equal(3, details.GetProperty("affiliations_count").GetInt32());
    }

    [Fact]
    public async Task Transfer_to_a_registered_non_member_makes_them_join_if_there_is_room()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var roomy = client.Store.AddChatroom("roomy", "u1");
        var full = client.Store.AddChatroom("full", "u1", maxUsers: 2, members: ["u2"]);

        (await client.PutAsync($"chatrooms/{roomy}", new { newowner = "u3" })).ShouldSucceed();
        (await client.PutAsync($"chatrooms/{full}", new { newowner = "u3" })).ShouldFail(403, "exceed_limit", "members size is greater than max user size !");

        Assert.Equal("u3", client.Store.FindChatroom(roomy)!.Owner);
        Assert.Equal(new[] { "u1" }, client.Store.FindChatroom(roomy)!.Members);
        Assert.Equal(roomy, (await client.GetAsync("users/u3/joined_chatrooms")).Data[0].GetProperty("id").GetString());
        Assert.Equal("u1", client.Store.FindChatroom(full)!.Owner);
    }

    [Fact]
    public async Task Transfer_errors_are_the_documented_ones()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var id = client.Store.AddChatroom("room", "u1", members: ["u2"]);

        (await client.PutAsync("chatrooms/999", new { newowner = "u2" })).ShouldFail(404, "resource_not_found", "grpID 999 does not exist!");
        (await client.PutAsync($"chatrooms/{id}", new { newowner = "ghost" })).ShouldFail(404, "resource_not_found", "username ghost doesn't exist!");
        (await client.PutAsync($"chatrooms/{id}", new { newowner = "u1" })).ShouldFail(403, "forbidden_op", "new owner and old owner are the same");
        Assert.Equal("u1", client.Store.FindChatroom(id)!.Owner);
    }

    [Fact]
    public async Task Delete_removes_the_chatroom_and_answers_its_id()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var id = client.Store.AddChatroom("room", "u1", members: ["u2"]);

        var answer = (await client.DeleteAsync($"chatrooms/{id}")).ShouldSucceed();

        Assert.True(answer.Data.GetProperty("success").GetBoolean());
        Assert.Equal(id, answer.Data.GetProperty("id").GetString());
        Assert.Equal("delete", answer.Json.GetProperty("action").GetString());
        Assert.Null(client.Store.FindChatroom(id));
        Assert.Equal(0, (await client.GetAsync("users/u2/joined_chatrooms")).Json.GetProperty("count").GetInt32());
        (await client.DeleteAsync($"chatrooms/{id}")).ShouldFail(404, "resource_not_found", $"grpID {id} does not exist!");
    }

    [Fact]
    public async Task Members_page_lists_owner_then_admins_then_members_with_count_and_params()
    {
        using var client = EmulatorClient.WithUsers("o", "m1", "m2", "m3", "a1");
        var id = client.Store.AddChatroom("room", "o", members: ["m1", "m2", "a1", "m3"]);
        client.Store.AddChatroomAdmin(id, "a1");

        var all = (await client.GetAsync($"chatrooms/{id}/users")).ShouldSucceed();
        var second = (await client.GetAsync($"chatrooms/{id}/users?pagenum=2&pagesize=2")).ShouldSucceed();
        var last = (await client.GetAsync($"chatrooms/{id}/users?pagenum=3&pagesize=2")).ShouldSucceed();
        var beyond = (await client.GetAsync($"chatrooms/{id}/users?pagenum=9&pagesize=2")).ShouldSucceed();

        Assert.Equal("[{\"owner\":\"o\"},{\"member\":\"a1\"},{\"member\":\"m1\"},{\"member\":\"m2\"},{\"member\":\"m3\"}]", all.Data.GetRawText());
        Assert.Equal(5, all.Json.GetProperty("count").GetInt32());
        Assert.Equal("[{\"member\":\"m1\"},{\"member\":\"m2\"}]", second.Data.GetRawText());
        Assert.Equal(2, second.Json.GetProperty("count").GetInt32());
        Assert.Equal("{\"pagenum\":[\"2\"],\"pagesize\":[\"2\"]}", second.Json.GetProperty("params").GetRawText());
        Assert.Equal(1, last.Json.GetProperty("count").GetInt32());
        Assert.Equal(0, beyond.Data.GetArrayLength());
    }

    [Fact]
    public async Task Members_pagesize_is_0_to_1000_capped_above_and_unknown_chatroom_is_not_found()
    {
        using var client = EmulatorClient.WithUsers(["o", .. Enumerable.Range(0, 1100).Select(i => $"m{i}")]);
        var id = client.Store.AddChatroom("room", "o", maxUsers: 2000, members: Enumerable.Range(0, 1100).Select(i => $"m{i}"));

        Assert.Equal(1000, (await client.GetAsync($"chatrooms/{id}/users")).ShouldSucceed().Json.GetProperty("count").GetInt32());
        Assert.Equal(1000, (await client.GetAsync($"chatrooms/{id}/users?pagesize=5000")).ShouldSucceed().Json.GetProperty("count").GetInt32());
        Assert.Equal(101, (await client.GetAsync($"chatrooms/{id}/users?pagenum=2")).ShouldSucceed().Json.GetProperty("count").GetInt32());
        Assert.Equal(0, (await client.GetAsync($"chatrooms/{id}/users?pagesize=0")).ShouldSucceed().Json.GetProperty("count").GetInt32());
        Assert.Equal("invalid_parameter", (await client.GetAsync($"chatrooms/{id}/users?pagesize=-1")).Error);
        Assert.Equal("invalid_parameter", (await client.GetAsync($"chatrooms/{id}/users?pagenum=0")).Error);
        (await client.GetAsync("chatrooms/42/users")).ShouldFail(404, "service_resource_not_found", "do not find this group:42");
    }

    [Fact]
    public async Task Joined_chatrooms_list_most_recent_first_with_disabled_as_a_string()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var ids = Enumerable.Range(0, 5).Select(i => client.Store.AddChatroom($"r{i}", "u2", members: ["u1"])).ToArray();

        var all = (await client.GetAsync("users/u1/joined_chatrooms")).ShouldSucceed();
        var page = (await client.GetAsync("users/u1/joined_chatrooms?pagenum=2&pagesize=2")).ShouldSucceed();

        Assert.Equal(ids.Reverse(), all.Data.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(5, all.Json.GetProperty("count").GetInt32());
        var first = all.Data[0];
        Assert.Equal("r4", first.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, first.GetProperty("disabled").ValueKind);
        Assert.Equal("false", first.GetProperty("disabled").GetString());
        Assert.Equal(new[] { ids[2], ids[1] }, page.Data.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(2, page.Json.GetProperty("count").GetInt32());
        Assert.Equal("{\"pagenum\":[\"2\"],\"pagesize\":[\"2\"]}", page.Json.GetProperty("params").GetRawText());
    }

    [Fact]
    public async Task Joined_chatrooms_without_paging_are_the_500_most_recent_and_pagesize_caps_at_1000()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var ids = Enumerable.Range(0, 1200).Select(i => client.Store.AddChatroom($"r{i}", "u1")).ToArray();

        var unpaged = (await client.GetAsync("users/u1/joined_chatrooms")).ShouldSucceed();
        var byDefault = (await client.GetAsync("users/u1/joined_chatrooms?pagenum=1")).ShouldSucceed();
        var capped = (await client.GetAsync("users/u1/joined_chatrooms?pagesize=5000")).ShouldSucceed();

        Assert.Equal(ids.Reverse().Take(500), unpaged.Data.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(1000, byDefault.Json.GetProperty("count").GetInt32());
        Assert.Equal(1000, capped.Json.GetProperty("count").GetInt32());
        Assert.Equal("invalid_parameter", (await client.GetAsync("users/u1/joined_chatrooms?pagesize=0")).Error);
        Assert.Equal("invalid_parameter", (await client.GetAsync("users/u1/joined_chatrooms?pagenum=-1")).Error);
        (await client.GetAsync("users/ghost/joined_chatrooms")).ShouldFail(404, "service_resource_not_found", "Service resource not found");
    }
}
