using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The emulator's groups over raw HTTP: each call answers in the shape of the vendor's example, and the documented
/// rules and errors hold (roles and the admin cap, mutes in milliseconds, lists, disabled groups, paging, member
/// attributes and their limits, shared files, the state file).
/// </summary>
public sealed class GroupTests
{
    private static JsonElement Fixture(string name) => VendorFixtures.Read(name);

    private static async Task<(EmulatorClient Client, string Id)> GroupAsync(params string[] members)
    {
        var client = EmulatorClient.WithUsers("user1", "user2", "user3", "user4", "user5", "test1", "test2");
        var answer = (await client.PostAsync("chatgroups", new { groupname = "g", @public = true, owner = "user1", members })).ShouldSucceed();
        return (client, answer.Data.GetProperty("groupid").GetString()!);
    }

    [Theory]
    [InlineData("group-manage.create-group")]
    [InlineData("group-manage.disable-group")]
    [InlineData("group-manage.enable-group")]
    [InlineData("group-manage.modify-group")]
    [InlineData("group-manage.list-groups")]
    [InlineData("group-manage.user-groups")]
    [InlineData("group-manage.is-joined")]
    [InlineData("group-manage.group-details")]
    [InlineData("group-manage.delete-group")]
    [InlineData("group-member.list-members")]
    [InlineData("group-member.add-member")]
    [InlineData("group-member.add-members")]
    [InlineData("group-member.remove-member")]
    [InlineData("group-member.remove-members")]
    [InlineData("group-member.set-member-attributes")]
    [InlineData("group-member.set-member-attributes-batch")]
    [InlineData("group-member.get-member-attributes")]
    [InlineData("group-member.get-members-attributes")]
    [InlineData("group-member.list-admins")]
    [InlineData("group-member.add-admin")]
    [InlineData("group-member.remove-admin")]
    [InlineData("group-member.transfer-owner")]
    [InlineData("group-member.list-blocks")]
    [InlineData("group-member.block-user")]
    [InlineData("group-member.block-users")]
    [InlineData("group-member.unblock-user")]
    [InlineData("group-member.unblock-users")]
    [InlineData("group-member.list-allowlist")]
    [InlineData("group-member.allow-user")]
    [InlineData("group-member.allow-users")]
    [InlineData("group-member.disallow-users")]
    [InlineData("group-member.list-mutes")]
    [InlineData("group-member.mute-members")]
    [InlineData("group-member.mute-all")]
    [InlineData("group-member.unmute-members")]
    [InlineData("group-member.unmute-all")]
    [InlineData("group-file.get-announcement")]
    [InlineData("group-file.set-announcement")]
    [InlineData("group-file.list-files")]
    [InlineData("group-file.delete-file")]
    public async Task Answers_conform_to_the_vendor_example(string call)
    {
        var (client, id) = await GroupAsync("user2", "user3");
        using var disposeClient = client;
        var g = "chatgroups/" + id;
        var meta = "metadata/chatgroup/" + id;
        var file = client.Store.Groups.AddFile(id, "a.jpg", "user2", 10);
        client.Store.Groups.AddFile(id, "b.jpg", "user2", 20);
        (await client.PostAsync(g + "/admin", new { newadmin = "user2" })).ShouldSucceed();
        (await client.PostAsync(g + "/mute", new { usernames = new[] { "user3" }, mute_duration = 60000 })).ShouldSucceed();
        (await client.PostAsync(g + "/white/users", new { usernames = new[] { "user2", "user3" } })).ShouldSucceed();
        (await client.PutAsync(meta + "/user/user2", new { metaData = new { key1 = "value1" } })).ShouldSucceed();
        (await client.PutAsync(meta + "/user/user3", new { metaData = new { key1 = "value1" } })).ShouldSucceed();
        (await client.PostAsync(g + "/announcement", new { announcement = "hi" })).ShouldSucceed();
        if (call is "group-member.list-blocks" or "group-member.unblock-users") (await client.PostAsync(g + "/blocks/users", new { usernames = new[] { "user2", "user3" } })).ShouldSucceed();
        if (call is "group-member.unblock-user") (await client.PostAsync(g + "/blocks/users/user3", new { })).ShouldSucceed();
        if (call is "group-member.get-members-attributes")
        {
            // The example's data is keyed by its members' names.
            (await client.PostAsync(g + "/users", new { usernames = new[] { "test1", "test2" } })).ShouldSucceed();
            (await client.PutAsync(meta + "/users/batch", new[] { new { username = "test1", metadata = new { key1 = "value1" } }, new { username = "test2", metadata = new { key1 = "value1" } } })).ShouldSucceed();
        }

        var answer = call switch
        {
            "group-manage.create-group" => await client.PostAsync("chatgroups", new { groupname = "t", @public = false, owner = "user4", maxusers = 300, members = new[] { "user5" } }),
            "group-manage.disable-group" => await client.PostAsync(g + "/disable", new { }),
            "group-manage.enable-group" => await client.PostAsync(g + "/enable", new { }),
            "group-manage.modify-group" => await client.PutAsync(g, new { groupname = "n", avatar = "https://a", description = "d", maxusers = 1500, membersonly = true,
                allowinvites = true, invite_need_confirm = true, custom = "abc", @public = true }),
            "group-manage.list-groups" => await ListWithCursor(client),
            "group-manage.user-groups" => await client.GetAsync("chatgroups/user/user2?pagesize=20&pagenum=1"),
            "group-manage.is-joined" => await client.GetAsync(g + "/user/user5/is_joined"),
            "group-manage.group-details" => await client.GetAsync(g),
            "group-manage.delete-group" => await client.DeleteAsync(g),
            "group-member.list-members" => await client.GetAsync(g + "/users?pagenum=1&pagesize=2"),
            "group-member.add-member" => await client.PostAsync(g + "/users/user4", new { }),
            "group-member.add-members" => await client.PostAsync(g + "/users", new { usernames = new[] { "user4", "user5" } }),
            "group-member.remove-member" => await client.DeleteAsync(g + "/users/user3"),
            "group-member.remove-members" => await client.DeleteAsync(g + "/users/user5%2Cuser2%2Cuser3"),
            "group-member.set-member-attributes" => await client.PutAsync(meta + "/user/user2", new { metaData = new { key1 = "value1" } }),
            "group-member.set-member-attributes-batch" => await client.PutAsync(meta + "/users/batch", new object[]
            {
                new { username = "user2", metadata = new { metadataKey1 = "value1", metadataKey2 = "value2" } },
                new { username = "user3", metadata = new { metadataKey3 = "value3", metadataKey4 = "" } },
            }),
            "group-member.get-member-attributes" => await client.GetAsync(meta + "/user/user2"),
            "group-member.get-members-attributes" => await client.PostAsync(meta + "/get", new { targets = new[] { "test1", "test2" }, properties = new[] { "key1" } }),
            "group-member.list-admins" => await client.GetAsync(g + "/admin"),
            "group-member.add-admin" => await client.PostAsync(g + "/admin", new { newadmin = "user3" }),
            "group-member.remove-admin" => await client.DeleteAsync(g + "/admin/user2"),
            "group-member.transfer-owner" => await client.PutAsync(g, new { newowner = "user3" }),
            "group-member.list-blocks" => await client.GetAsync(g + "/blocks/users"),
            "group-member.block-user" => await client.PostAsync(g + "/blocks/users/user2", new { }),
            "group-member.block-users" => await client.PostAsync(g + "/blocks/users", new { usernames = new[] { "user5", "user2" } }),
            "group-member.unblock-user" => await client.DeleteAsync(g + "/blocks/users/user3"),
            "group-member.unblock-users" => await client.DeleteAsync(g + "/blocks/users/user2%2Cuser3"),
            "group-member.list-allowlist" => await client.GetAsync(g + "/white/users"),
            "group-member.allow-user" => await client.PostAsync(g + "/white/users/user3", new { }),
            "group-member.allow-users" => await client.PostAsync(g + "/white/users", new { usernames = new[] { "user2", "user3" } }),
            "group-member.disallow-users" => await client.DeleteAsync(g + "/white/users/user2,user3"),
            "group-member.list-mutes" => await client.GetAsync(g + "/mute"),
            "group-member.mute-members" => await client.PostAsync(g + "/mute", new { usernames = new[] { "user2" }, mute_duration = 86400000 }),
            "group-member.mute-all" => await client.PostAsync(g + "/ban", new { }),
            "group-member.unmute-members" => await client.DeleteAsync(g + "/mute/user3"),
            "group-member.unmute-all" => await client.DeleteAsync(g + "/ban"),
            "group-file.get-announcement" => await client.GetAsync(g + "/announcement"),
            "group-file.set-announcement" => await client.PostAsync(g + "/announcement", new { announcement = "new" }),
            "group-file.list-files" => await client.GetAsync(g + "/share_files?pagenum=1&pagesize=10"),
            _ => await client.DeleteAsync(g + "/share_files/" + file),
        };

        JsonShape.AssertConforms(Fixture(call), answer.ShouldSucceed().Json);
    }

    private static async Task<ApiAnswer> ListWithCursor(EmulatorClient client)
    {
        for (var i = 0; i < 2; i++) (await client.PostAsync("chatgroups", new { groupname = "x" + i, @public = true, owner = "user2" })).ShouldSucceed();
        return await client.GetAsync("chatgroups?limit=2");
    }

    [Fact]
    public async Task The_list_pages_by_cursor_and_names_the_owner_with_the_app_key()
    {
        var (client, first) = await GroupAsync("user2");
        using var disposeClient = client;
        (await client.PostAsync("chatgroups", new { groupname = "second", @public = true, owner = "user3" })).ShouldSucceed();

        var page1 = (await client.GetAsync("chatgroups?limit=1")).ShouldSucceed();
        var page2 = (await client.GetAsync("chatgroups?limit=1&cursor=" + page1.Json.GetProperty("cursor").GetString())).ShouldSucceed();

        Assert.Equal(first, page1.Data[0].GetProperty("groupid").GetString());
        Assert.Equal(2, page1.Data[0].GetProperty("affiliations").GetInt32());
        Assert.EndsWith("_user1", page1.Data[0].GetProperty("owner").GetString());
        Assert.Equal("second", page2.Data[0].GetProperty("groupname").GetString());
        Assert.False(page2.Json.TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Create_requires_public_and_existing_users_and_keeps_members_within_maxusers()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2", "user3");

        (await client.PostAsync("chatgroups", new { groupname = "g", owner = "user1" })).ShouldFail(400, "invalid_parameter", "group must contain public field!");
        (await client.PostAsync("chatgroups", new { @public = true, owner = "user1", members = new[] { "ghost" } })).ShouldFail(404, "resource_not_found", "username ghost doesn't exist!");
        (await client.PostAsync("chatgroups", new { @public = true, owner = "user1", maxusers = 2, members = new[] { "user2", "user3" } }))
            .ShouldFail(403, "exceed_limit", "members size is greater than max user size !");
        (await client.PostAsync("chatgroups", new { @public = true, owner = "user1", avatar = new string('a', 1025) })).ShouldFail(400, "invalid_parameter", "avatar length is too big");
        var id = (await client.PostAsync("chatgroups", new { @public = true, allowinvites = true, owner = "user1" })).ShouldSucceed().Data.GetProperty("groupid").GetString();
        var details = (await client.GetAsync("chatgroups/" + id)).ShouldSucceed().Data[0];
        // A public group never starts allowing invites; the defaults are the pages'.
        Assert.False(details.GetProperty("allowinvites").GetBoolean());
        Assert.Equal(200, details.GetProperty("maxusers").GetInt32());
        Assert.True(details.GetProperty("invite_need_confirm").GetBoolean());
    }

    [Fact]
    public async Task Modify_changes_only_what_was_given_and_refuses_unknown_fields()
    {
        var (client, id) = await GroupAsync("user2");
        using var disposeClient = client;

        (await client.PutAsync("chatgroups/" + id, new { groupid = "9" })).ShouldFail(400, "invalid_parameter", "some of [groupid] are not valid fields");
        var changed = (await client.PutAsync("chatgroups/" + id, new { description = "d" })).ShouldSucceed().Data;
        Assert.Equal(new[] { "description" }, changed.EnumerateObject().Select(p => p.Name));
        var details = (await client.GetAsync("chatgroups/" + id)).Data[0];
        Assert.Equal(("g", "d"), (details.GetProperty("name").GetString(), details.GetProperty("description").GetString()));
        (await client.PutAsync("chatgroups/404", new { description = "d" })).ShouldFail(404, "resource_not_found", "grpID 404 does not exist!");
        (await client.GetAsync("chatgroups/404")).ShouldFail(404, "service_resource_not_found", "do not find this group:404");
    }

    [Fact]
    public async Task A_disabled_group_refuses_joins_until_enabled()
    {
        var (client, id) = await GroupAsync();
        using var disposeClient = client;

        Assert.True((await client.PostAsync($"chatgroups/{id}/disable", new { })).ShouldSucceed().Data.GetProperty("disabled").GetBoolean());
        var refused = await client.PostAsync($"chatgroups/{id}/users", new { usernames = new[] { "user2" } });
        Assert.Equal((403, "forbidden_op"), (refused.Status, refused.Error));
        Assert.True((await client.GetAsync("chatgroups/" + id)).Data[0].GetProperty("disabled").GetBoolean());
        (await client.PostAsync($"chatgroups/{id}/enable", new { })).ShouldSucceed();
        (await client.PostAsync($"chatgroups/{id}/users", new { usernames = new[] { "user2" } })).ShouldSucceed();
        Assert.True((await client.GetAsync($"chatgroups/{id}/user/user2/is_joined")).Data.GetBoolean());
    }

    [Fact]
    public async Task Members_page_by_number_with_the_owner_first()
    {
        var (client, id) = await GroupAsync("user2", "user3", "user4");
        using var disposeClient = client;

        var page2 = (await client.GetAsync($"chatgroups/{id}/users?pagenum=2&pagesize=3")).ShouldSucceed();
        var page1 = (await client.GetAsync($"chatgroups/{id}/users?pagenum=1&pagesize=3")).ShouldSucceed();

        Assert.Equal("user1", page1.Data[0].GetProperty("owner").GetString());
        Assert.Equal(new[] { "user2", "user3" }, page1.Data.EnumerateArray().Skip(1).Select(m => m.GetProperty("member").GetString()));
        Assert.Equal("user4", Assert.Single(page2.Data.EnumerateArray()).GetProperty("member").GetString());
    }

    [Fact]
    public async Task Adding_only_members_already_in_is_refused_and_batches_above_60_are_refused()
    {
        var (client, id) = await GroupAsync("user2");
        using var disposeClient = client;

        (await client.PostAsync($"chatgroups/{id}/users", new { usernames = new[] { "user2" } }))
            .ShouldFail(403, "forbidden_op", $"can not join this group, reason:user: user2 already in group: {id}\n");
        var tooMany = await client.PostAsync($"chatgroups/{id}/users", new { usernames = Enumerable.Range(0, 61).Select(i => "u" + i).ToArray() });
        Assert.Equal((400, "invalid_parameter"), (tooMany.Status, tooMany.Error));
        (await client.DeleteAsync($"chatgroups/{id}/users/user1")).ShouldFail(403, "forbidden_op", "forbidden operation on group owner!");
    }

    [Fact]
    public async Task Admins_are_members_and_capped_at_99()
    {
        var users = Enumerable.Range(0, 101).Select(i => "m" + i).ToArray();
        using var client = EmulatorClient.WithUsers(users);
        var id = (await client.PostAsync("chatgroups", new { @public = true, owner = "m0", maxusers = 200, members = users.Skip(1).Take(60).ToArray() }))
            .ShouldSucceed().Data.GetProperty("groupid").GetString();
        (await client.PostAsync($"chatgroups/{id}/users", new { usernames = users.Skip(61).ToArray() })).ShouldSucceed();

        (await client.PostAsync($"chatgroups/{id}/admin", new { newadmin = "ghost" })).ShouldFail(403, "forbidden_op", $"user: ghost doesn't exist in group: {id}");
        for (var i = 1; i <= 99; i++) (await client.PostAsync($"chatgroups/{id}/admin", new { newadmin = "m" + i })).ShouldSucceed();
        var capped = await client.PostAsync($"chatgroups/{id}/admin", new { newadmin = "m100" });

        Assert.Equal((403, "exceed_limit"), (capped.Status, capped.Error));
        Assert.Equal(99, (await client.GetAsync($"chatgroups/{id}/admin")).Data.GetArrayLength());
        (await client.DeleteAsync($"chatgroups/{id}/admin/m100")).ShouldFail(403, "forbidden_op", $"user:m100 is not admin of group:{id}");
    }

    [Fact]
    public async Task Mutes_last_the_milliseconds_given_and_the_owner_cannot_be_muted()
    {
        var (client, id) = await GroupAsync("user2", "user3");
        using var disposeClient = client;
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var muted = (await client.PostAsync($"chatgroups/{id}/mute", new { usernames = new[] { "user2" }, mute_duration = 90000 })).ShouldSucceed().Data[0];
        (await client.PostAsync($"chatgroups/{id}/mute", new { usernames = new[] { "user3" }, mute_duration = -1 })).ShouldSucceed();

        var expire = muted.GetProperty("expire").GetInt64();
        Assert.InRange(expire - before, 90000, 90000 + 60000);
        var list = (await client.GetAsync($"chatgroups/{id}/mute")).Data.EnumerateArray().ToDictionary(m => m.GetProperty("user").GetString()!, m => m.GetProperty("expire").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["user2"] = expire, ["user3"] = -1 }, list);
        (await client.PostAsync($"chatgroups/{id}/mute", new { usernames = new[] { "user1" }, mute_duration = 1000 })).ShouldFail(403, "forbidden_op", "forbidden operation on group owner!");
        Assert.True((await client.PostAsync($"chatgroups/{id}/ban", new { })).Data.GetProperty("mute").GetBoolean());
        Assert.True((await client.GetAsync("chatgroups/" + id)).Data[0].GetProperty("mute").GetBoolean());
    }

    [Fact]
    public async Task Blocking_removes_from_the_group_and_a_blocked_user_cannot_be_added()
    {
        var (client, id) = await GroupAsync("user2", "user3");
        using var disposeClient = client;

        (await client.PostAsync($"chatgroups/{id}/blocks/users/user1", new { })).ShouldFail(403, "forbidden_op", "forbidden operation on group owner!");
        (await client.PostAsync($"chatgroups/{id}/blocks/users", new { usernames = new[] { "user2" } })).ShouldSucceed();

        Assert.False((await client.GetAsync($"chatgroups/{id}/user/user2/is_joined")).Data.GetBoolean());
        var added = (await client.PostAsync($"chatgroups/{id}/users", new { usernames = new[] { "user2", "user4" } })).ShouldSucceed();
        Assert.Equal(new[] { "user4" }, added.Data.GetProperty("newmembers").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task Member_attributes_hold_their_limits_and_an_empty_value_removes_a_key()
    {
        var (client, id) = await GroupAsync("user2");
        using var disposeClient = client;
        var meta = "metadata/chatgroup/" + id;

        (await client.PutAsync(meta + "/user/user2", new { metaData = new Dictionary<string, string> { [new string('k', 17)] = "v" } }))
            .ShouldFail(400, "metadata_error", "exceeds chatgroup user metadata single key limit");
        (await client.PutAsync(meta + "/user/user2", new { metaData = new { k = new string('v', 513) } }))
            .ShouldFail(400, "metadata_error", "exceeds chatgroup user metadata single value limit");
        (await client.PutAsync(meta + "/user/user5", new { metaData = new { k = "v" } })).ShouldFail(400, "metadata_error", "Some users are not in the group: user5");
        (await client.PutAsync("metadata/chatgroup/404/user/user2", new { metaData = new { k = "v" } })).ShouldFail(404, "metadata_error", "group not exists");
        var batch = Enumerable.Range(0, 21).Select(i => new { username = "user2", metadata = new { k = "v" } }).ToArray();
        (await client.PutAsync(meta + "/users/batch", batch)).ShouldFail(400, "metadata_error", "exceeds chatgroup metadata batch put users limit");
        (await client.PostAsync(meta + "/get", new { targets = Enumerable.Range(0, 11).Select(i => "user2").ToArray() })).ShouldFail(400, "metadata_error", "query param reaches limit.");

        (await client.PutAsync(meta + "/user/user2", new { metaData = new { a = "1", b = "2" } })).ShouldSucceed();
        (await client.PutAsync(meta + "/user/user2", new { metaData = new { a = "" } })).ShouldSucceed();
        var attributes = (await client.GetAsync(meta + "/user/user2")).ShouldSucceed().Data;
        Assert.Equal(new[] { "b" }, attributes.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Shared_files_are_listed_by_page_and_removed()
    {
        var (client, id) = await GroupAsync();
        using var disposeClient = client;
        var first = client.Store.Groups.AddFile(id, "a.txt", "user1", 3);
        client.Store.Groups.AddFile(id, "b.txt", "user1", 4);

        var page2 = (await client.GetAsync($"chatgroups/{id}/share_files?pagenum=2&pagesize=1")).ShouldSucceed();
        (await client.DeleteAsync($"chatgroups/{id}/share_files/{first}")).ShouldSucceed();
        var left = (await client.GetAsync($"chatgroups/{id}/share_files")).ShouldSucceed();

        Assert.Equal("b.txt", Assert.Single(page2.Data.EnumerateArray()).GetProperty("file_name").GetString());
        Assert.Equal("b.txt", Assert.Single(left.Data.EnumerateArray()).GetProperty("file_name").GetString());
        Assert.Equal(404, (await client.DeleteAsync($"chatgroups/{id}/share_files/{first}")).Status);
    }

    [Fact]
    public async Task Announcements_over_512_characters_are_refused()
    {
        var (client, id) = await GroupAsync();
        using var disposeClient = client;

        (await client.PostAsync($"chatgroups/{id}/announcement", new { announcement = new string('a', 513) })).ShouldFail(403, "forbidden_op", "announce info length exceeds limit!");
        (await client.PostAsync($"chatgroups/{id}/announcement", new { })).ShouldFail(400, "illegal_argument", "announcement is null");
    }

    [Fact]
    public async Task The_state_file_keeps_every_group_fact()
    {
        var path = Path.Combine(Path.GetTempPath(), "em-groups-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            string id;
            using (var client = new EmulatorClient(new EmulatorOptions { StatePath = path, Users = { "user1", "user2", "user3" } }))
            {
                id = (await client.PostAsync("chatgroups", new { groupname = "kept", @public = false, owner = "user1", members = new[] { "user2", "user3" } })).ShouldSucceed()
                    .Data.GetProperty("groupid").GetString()!;
                (await client.PostAsync($"chatgroups/{id}/admin", new { newadmin = "user2" })).ShouldSucceed();
                (await client.PostAsync($"chatgroups/{id}/mute", new { usernames = new[] { "user3" }, mute_duration = -1 })).ShouldSucceed();
                (await client.PostAsync($"chatgroups/{id}/disable", new { })).ShouldSucceed();
                (await client.PutAsync($"metadata/chatgroup/{id}/user/user2", new { metaData = new { nick = "two" } })).ShouldSucceed();
                client.Store.Groups.AddFile(id, "f.txt", "user2", 5);
                client.Emulator.SaveState();
            }

            using var reloaded = new EmulatorClient(new EmulatorOptions { StatePath = path });
            var details = (await reloaded.GetAsync("chatgroups/" + id)).ShouldSucceed().Data[0];
            Assert.Equal(("kept", true, 3), (details.GetProperty("name").GetString(), details.GetProperty("disabled").GetBoolean(), details.GetProperty("affiliations_count").GetInt32()));
            Assert.Equal("user2", (await reloaded.GetAsync($"chatgroups/{id}/admin")).Data[0].GetString());
            Assert.Equal(-1, (await reloaded.GetAsync($"chatgroups/{id}/mute")).Data[0].GetProperty("expire").GetInt64());
            Assert.Equal("two", (await reloaded.GetAsync($"metadata/chatgroup/{id}/user/user2")).Data.GetProperty("nick").GetString());
            Assert.Single((await reloaded.GetAsync($"chatgroups/{id}/share_files")).Data.EnumerateArray());
            var next = (await reloaded.PostAsync("chatgroups", new { @public = true, owner = "user1" })).ShouldSucceed().Data.GetProperty("groupid").GetString();
            Assert.NotEqual(id, next);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
