using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The membership and moderation calls over raw HTTP: the vendor's answer shapes, limits and errors.</summary>
public sealed class ChatroomModerationTests
{
    private static string[] Names(string prefix, int count) => Enumerable.Range(0, count).Select(i => prefix + i).ToArray();

    [Fact]
    public async Task Batch_add_answers_newmembers_and_counts_one_already_in_as_added()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = await client.CreateChatroomAsync("r", "u1", "u2");

        var data = (await client.PostAsync($"chatrooms/{id}/users", new { usernames = new[] { "u2", "U3" } })).ShouldSucceed().Data;

        Assert.Equal("[\"u2\",\"u3\"]", data.GetProperty("newmembers").GetRawText());
        Assert.Equal("add_member", data.GetProperty("action").GetString());
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal(new[] { "u2", "u3" }, client.Store.FindChatroom(id)!.Members);
    }

    [Fact]
    public async Task Batch_add_refuses_an_unknown_user_and_more_than_100()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var id = await client.CreateChatroomAsync("r", "u1");

        (await client.PostAsync($"chatrooms/{id}/users", new { usernames = new[] { "u2", "ghost" } })).ShouldFail(404, "resource_not_found", "username ghost doesn't exist!");
        (await client.PostAsync($"chatrooms/{id}/users", new { usernames = Names("x", 101) })).ShouldFail(400, "invalid_parameter", "addMembers: addMembers number more than maxSize : 100");
        (await client.PostAsync("chatrooms/404404/users", new { usernames = new[] { "u2" } })).ShouldFail(404, "resource_not_found", "grpID 404404 does not exist!");
        Assert.Empty(client.Store.FindChatroom(id)!.Members);
    }

    [Fact]
    public async Task Remove_answers_per_user_for_several_and_fails_a_single_non_member()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = await client.CreateChatroomAsync("r", "u1", "u2");

        var data = (await client.DeleteAsync($"chatrooms/{id}/users/u3%2Cu2")).ShouldSucceed().Data;
        Assert.Equal(2, data.GetArrayLength());
        Assert.False(data[0].GetProperty("result").GetBoolean());
        Assert.Equal($"user: u3 doesn't exist in group: {id}", data[0].GetProperty("reason").GetString());
        Assert.True(data[1].GetProperty("result").GetBoolean());
        Assert.Equal("remove_member", data[1].GetProperty("action").GetString());
        Assert.Equal("u2", data[1].GetProperty("user").GetString());

        (await client.DeleteAsync($"chatrooms/{id}/users/u3")).ShouldFail(400, "forbidden_op", "users [u3] are not members of this group!");
        (await client.DeleteAsync($"chatrooms/{id}/users/{string.Join("%2C", Names("x", 61))}")).ShouldFail(400, "invalid_parameter", "kickMember: kickMembers number more than maxSize : 60");
    }

    [Fact]
    public async Task Mutes_are_in_milliseconds_need_members_and_expire()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = await client.CreateChatroomAsync("r", "u1", "u2", "u3");
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var muted = (await client.PostAsync($"chatrooms/{id}/mute", new { usernames = new[] { "u2" }, mute_duration = 300 })).ShouldSucceed().Data;
        Assert.True(muted[0].GetProperty("result").GetBoolean());
        Assert.InRange(muted[0].GetProperty("expire").GetInt64() - now, 250, 1000);
        (await client.PostAsync($"chatrooms/{id}/mute", new { usernames = new[] { "u3" }, mute_duration = -1 })).ShouldSucceed();
        (await client.PostAsync($"chatrooms/{id}/mute", new { usernames = new[] { "u3", "ghost" }, mute_duration = -1 })).ShouldFail(400, "forbidden_op", "users [ghost] are not members of this group!");

        var listed = (await client.GetAsync($"chatrooms/{id}/mute")).ShouldSucceed();
        Assert.False(listed.Json.TryGetProperty("count", out _));
        Assert.Equal(2, listed.Data.GetArrayLength());

        await Task.Delay(400);
        var later = (await client.GetAsync($"chatrooms/{id}/mute")).ShouldSucceed().Data;
        Assert.Equal("[{\"expire\":-1,\"user\":\"u3\"}]", later.GetRawText());

        var lifted = (await client.DeleteAsync($"chatrooms/{id}/mute/u3")).ShouldSucceed().Data;
        Assert.Equal("[{\"result\":true,\"user\":\"u3\"}]", lifted.GetRawText());
        Assert.Empty(client.Store.ChatroomMutes(id));
    }

    [Fact]
    public async Task Mute_all_answers_the_flag_and_shows_in_the_details()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = await client.CreateChatroomAsync("r", "u1");

        Assert.Equal("{\"mute\":true}", (await client.PostAsync($"chatrooms/{id}/ban", new { })).ShouldSucceed().Data.GetRawText());
        Assert.True((await client.GetAsync($"chatrooms/{id}")).ShouldSucceed().Data.GetProperty("mute").GetBoolean());
        Assert.Equal("{\"mute\":false}", (await client.DeleteAsync($"chatrooms/{id}/ban")).ShouldSucceed().Data.GetRawText());
    }

    [Fact]
    public async Task Admins_answer_success_strings_and_respect_the_cap()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var id = await client.CreateChatroomAsync("r", "u1", "u2");

        Assert.Equal("{\"result\":\"success\",\"newadmin\":\"u2\"}", (await client.PostAsync($"chatrooms/{id}/admin", new { newadmin = "u2" })).ShouldSucceed().Data.GetRawText());
        var list = (await client.GetAsync($"chatrooms/{id}/admin")).ShouldSucceed();
        Assert.Equal("[\"u2\"]", list.Data.GetRawText());
        Assert.Equal(1, list.Json.GetProperty("count").GetInt32());
        Assert.Equal("{\"result\":\"success\",\"oldadmin\":\"u2\"}", (await client.DeleteAsync($"chatrooms/{id}/admin/u2")).ShouldSucceed().Data.GetRawText());

        var members = Names("a", 100);
        foreach (var member in members) client.Store.AddUser(member);
        var big = await client.CreateChatroomAsync("big", "u1", members);
        foreach (var member in members.Take(99)) client.Store.AddChatroomAdmin(big, member);
        Assert.Equal("exceed_limit", (await client.PostAsync($"chatrooms/{big}/admin", new { newadmin = "a99" })).Error);
    }

    [Fact]
    public async Task Blocking_removes_the_member_and_refuses_the_owner_and_re_adding()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var id = await client.CreateChatroomAsync("r", "u1", "u2");

        var data = (await client.PostAsync($"chatrooms/{id}/blocks/users", new { usernames = new[] { "u2", "u1" } })).ShouldSucceed().Data;
        Assert.True(data[0].GetProperty("result").GetBoolean());
        Assert.Equal("add_blocks", data[0].GetProperty("action").GetString());
        Assert.Equal(id, data[0].GetProperty("chatroomid").GetString());
        Assert.False(data[1].GetProperty("result").GetBoolean());
        Assert.True(data[1].TryGetProperty("reason", out _));
        Assert.Empty(client.Store.FindChatroom(id)!.Members);

        var added = (await client.PostAsync($"chatrooms/{id}/users", new { usernames = new[] { "u2" } })).ShouldSucceed().Data;
        Assert.Equal(0, added.GetProperty("newmembers").GetArrayLength());
        Assert.Equal("[\"u2\"]", (await client.GetAsync($"chatrooms/{id}/blocks/users")).ShouldSucceed().Data.GetRawText());

        var unblocked = (await client.DeleteAsync($"chatrooms/{id}/blocks/users/u2")).ShouldSucceed().Data;
        Assert.Equal("remove_blocks", unblocked.GetProperty("action").GetString());
        Assert.Equal("[\"u2\"]", (await client.PostAsync($"chatrooms/{id}/users", new { usernames = new[] { "u2" } })).ShouldSucceed().Data.GetProperty("newmembers").GetRawText());
    }

    [Fact]
    public async Task The_allowlist_takes_members_only()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = await client.CreateChatroomAsync("r", "u1", "u2");

        var one = (await client.PostAsync($"chatrooms/{id}/white/users/u2", new { })).ShouldSucceed().Data;
        Assert.Equal("add_user_whitelist", one.GetProperty("action").GetString());
        (await client.PostAsync($"chatrooms/{id}/white/users", new { usernames = new[] { "u3" } })).ShouldFail(400, "forbidden_op", "users [u3] are not members of this group!");
        (await client.PostAsync($"chatrooms/{id}/white/users", new { usernames = Names("x", 61) })).ShouldFail(400, "invalid_parameter", "usernames size is more than max limit : 60");
        var list = (await client.GetAsync($"chatrooms/{id}/white/users")).ShouldSucceed();
        Assert.Equal("[\"u2\"]", list.Data.GetRawText());
        var removed = (await client.DeleteAsync($"chatrooms/{id}/white/users/u2%2Cu3")).ShouldSucceed().Data;
        Assert.Equal(new[] { true, false }, removed.EnumerateArray().Select(e => e.GetProperty("result").GetBoolean()));
    }

    [Fact]
    public async Task Super_admins_are_paged_and_removal_names_the_user_newSuperAdmin()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");

        foreach (var user in new[] { "u1", "u2", "u3" })
            Assert.Equal("{\"result\":\"success\",\"resource\":\"\"}", (await client.PostAsync("chatrooms/super_admin", new { superadmin = user })).ShouldSucceed().Data.GetRawText());
        (await client.PostAsync("chatrooms/super_admin", new { superadmin = "ghost" })).ShouldFail(404, "resource_not_found", "username ghost doesn't exist!");

        Assert.Equal("[\"u3\"]", (await client.GetAsync("chatrooms/super_admin?pagenum=2&pagesize=2")).ShouldSucceed().Data.GetRawText());
        var removed = (await client.DeleteAsync("chatrooms/super_admin/u2")).ShouldSucceed().Data;
        Assert.Equal("u2", removed.GetProperty("newSuperAdmin").GetString());
        Assert.Equal(new[] { "u1", "u3" }, client.Store.ChatroomSuperAdmins);
    }
}
