using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The vendor's example answers of the group pages (Fixtures/group-*, copied verbatim) read through the client.</summary>
public sealed class GroupExampleTests
{
    private static (FakeHttpHandler Handler, EasemobClient Client) ClientFor(string fixture)
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture(fixture));
        return (handler, TestClients.Create(handler));
    }

    private static RecordedRequest Single(FakeHttpHandler handler, string method, string path)
    {
        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal((method, TestClients.Root + path), (request.Method, request.Uri.AbsoluteUri));
        return request;
    }

    [Fact]
    public async Task List_reads_groupid_groupname_the_member_count_and_strips_the_app_key_from_the_owner()
    {
        var (handler, client) = ClientFor("group-manage.list-groups");
        using var disposeClient = client;

        var page = await client.ListGroupsAsync(2, null, CancellationToken.None);

        Single(handler, "GET", "chatgroups?limit=2");
        Assert.Equal("Y2hhdGdyb3VwczplYXNlbW9iLWRlbW8vY2hhdGRlbW91aV8z", page.Cursor);
        Assert.Equal(new[] { "10XXXX60", "10XXXX76" }, page.Items.Select(g => g.Id));
        Assert.Equal(new[] { "testgroup1", "testgroup2" }, page.Items.Select(g => g.Name));
        Assert.Equal(new[] { "user1", "user2" }, page.Items.Select(g => g.Owner));
        Assert.Equal(new int?[] { 2, 1 }, page.Items.Select(g => g.MemberCount));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1441021038124), page.Items[0].LastModified);
        Assert.Null(page.Items[0].Members);
    }

    [Fact]
    public async Task A_user_s_groups_read_from_entities_with_the_total()
    {
        var (handler, client) = ClientFor("group-manage.user-groups");
        using var disposeClient = client;

        var (groups, total) = await client.ListUserGroupsAsync("user1", 1, 20, CancellationToken.None);

        Single(handler, "GET", "chatgroups/user/user1?pagenum=1&pagesize=20");
        Assert.Equal(10, total);
        var group = Assert.Single(groups);
        Assert.Equal(("2XXXX1", "群组名称", false, true, 2000), (group.Id, group.Name, group.Disabled, group.MembersOnly, group.MaxUsers));
        Assert.Equal("https://www.XXXX.com/XXX/image", group.Avatar);
    }

    [Fact]
    public async Task Details_read_members_from_affiliations_with_the_owner()
    {
        var (handler, client) = ClientFor("group-manage.group-details");
        using var disposeClient = client;

        var result = await client.GetGroupDetailsAsync(new[] { "XXXX" }, CancellationToken.None);

        Single(handler, "GET", "chatgroups/XXXX");
        var group = Assert.Single(result.Found);
        Assert.Empty(result.Missing);
        Assert.Equal(new[] { "XXXX", "XXXX" }, group.Members);
        Assert.Equal((2, false, false, 2000), (group.MemberCount, group.MuteAll, group.Disabled, group.MaxUsers));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1682588716646), group.Created);
    }

    [Fact]
    public async Task Create_sends_every_given_field_and_reads_groupid()
    {
        var (handler, client) = ClientFor("group-manage.create-group");
        using var disposeClient = client;

        var id = await client.CreateGroupAsync(new NewGroupRequest
        {
            Name = "testgroup", Description = "test", Public = true, MaxUsers = 300, Owner = "testuser", Members = new[] { "user2" },
            InviteNeedConfirm = false, Avatar = "https://a/b",
        }, new ChatroomCreateRun(), CancellationToken.None);

        var request = Single(handler, "POST", "chatgroups");
        Assert.Equal("6XXXX7", id);
        Assert.Equal("{\"groupname\":\"testgroup\",\"avatar\":\"https://a/b\",\"description\":\"test\",\"public\":true,\"maxusers\":300,"
            + "\"invite_need_confirm\":false,\"owner\":\"testuser\",\"members\":[\"user2\"]}", request.Body);
    }

    [Fact]
    public async Task Modify_sends_only_what_was_given_and_reads_each_field_s_outcome()
    {
        var (handler, client) = ClientFor("group-manage.modify-group");
        using var disposeClient = client;

        var changed = await client.UpdateGroupAsync("6XXXX7", new GroupChanges { Name = "n", Public = false }, CancellationToken.None);

        Assert.Equal("{\"groupname\":\"n\",\"public\":false}", Single(handler, "PUT", "chatgroups/6XXXX7").Body);
        Assert.True(changed["groupname"]);
        Assert.True(changed["invite_need_confirm"]);
        Assert.Equal(9, changed.Count);
    }

    [Theory]
    [InlineData("group-manage.disable-group", true, "disable")]
    [InlineData("group-manage.enable-group", false, "enable")]
    public async Task Disable_and_enable_read_the_new_state(string fixture, bool disabled, string path)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        Assert.Equal(disabled, await client.SetGroupDisabledAsync("XXXX", disabled, CancellationToken.None));
        Single(handler, "POST", "chatgroups/XXXX/" + path);
    }

    [Fact]
    public async Task Is_joined_reads_the_bare_boolean()
    {
        var (handler, client) = ClientFor("group-manage.is-joined");
        using var disposeClient = client;

        Assert.False(await client.IsGroupMemberAsync("1", "u", CancellationToken.None));
        Single(handler, "GET", "chatgroups/1/user/u/is_joined");
    }

    [Fact]
    public async Task Delete_and_transfer_read_success()
    {
        var (deleteHandler, delete) = ClientFor("group-manage.delete-group");
        using (delete) Assert.True(await delete.DeleteGroupAsync("6XXXX7", CancellationToken.None));
        Single(deleteHandler, "DELETE", "chatgroups/6XXXX7");
        var (transferHandler, transfer) = ClientFor("group-member.transfer-owner");
        using (transfer) Assert.True(await transfer.TransferGroupOwnerAsync("66XXXX85", "u2", CancellationToken.None));
        Assert.Equal("{\"newowner\":\"u2\"}", Single(transferHandler, "PUT", "chatgroups/66XXXX85").Body);
    }

    [Fact]
    public async Task Members_page_reads_roles()
    {
        var (handler, client) = ClientFor("group-member.list-members");
        using var disposeClient = client;

        var members = await client.ListGroupMembersAsync("10XXXX85", 2, 2, CancellationToken.None);

        Single(handler, "GET", "chatgroups/10XXXX85/users?pagenum=2&pagesize=2");
        Assert.Equal(new[] { ("user1", EmGroupRole.Owner), ("user2", EmGroupRole.Member) }, members.Select(m => (m.Username, m.Role)));
        Assert.All(members, m => Assert.Equal("10XXXX85", m.GroupId));
    }

    [Fact]
    public async Task Batch_add_reads_newmembers()
    {
        var (handler, client) = ClientFor("group-member.add-members");
        using var disposeClient = client;

        var result = await client.AddGroupMembersAsync("66XXXX85", new[] { "user4", "user5", "user6" }, CancellationToken.None);

        Single(handler, "POST", "chatgroups/66XXXX85/users");
        Assert.True(result[0].Succeeded);
        Assert.True(result[1].Succeeded);
        Assert.False(result[2].Succeeded);
        Assert.Contains("group 66XXXX85", result[2].Error!.ErrorDescription);
    }

    [Theory]
    [InlineData("group-member.remove-member", "users")]
    [InlineData("group-member.unblock-user", "blocks/users")]
    public async Task Single_user_answers_read_as_one_entry(string fixture, string list)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;
        var user = list == "users" ? "user3" : "user1";

        var result = list == "users"
            ? await client.RemoveGroupMembersAsync("66XXXX85", new[] { user }, CancellationToken.None)
            : await client.UnblockGroupUsersAsync("66XXXX85", new[] { user }, CancellationToken.None);

        Single(handler, "DELETE", $"chatgroups/66XXXX85/{list}/{user}");
        Assert.True(Assert.Single(result).Succeeded);
    }

    [Fact]
    public async Task Batch_remove_reads_each_user_s_outcome()
    {
        var (handler, client) = ClientFor("group-member.remove-members");
        using var disposeClient = client;

        var result = await client.RemoveGroupMembersAsync("14XXXX79", new[] { "user1", "user2", "user3" }, CancellationToken.None);

        // A refused user has the group's owner read, to tell an owner refusal apart (as chatrooms do).
        Assert.Equal(new[] { ("DELETE", TestClients.Root + "chatgroups/14XXXX79/users/user1%2Cuser2%2Cuser3"), ("GET", TestClients.Root + "chatgroups/14XXXX79") },
            handler.ApiRequests.Select(r => (r.Method, r.Uri.AbsoluteUri)));
        Assert.False(result[0].Succeeded);
        Assert.Equal("user ttXXXX81 doesn't exist.", result[0].Error!.ErrorDescription);
        Assert.True(result[1].Succeeded);
        Assert.True(result[2].Succeeded);
    }

    [Theory]
    [InlineData("group-member.block-users", "POST", "blocks/users")]
    [InlineData("group-member.block-user", "POST", "blocks/users")]
    [InlineData("group-member.allow-users", "POST", "white/users")]
    [InlineData("group-member.allow-user", "POST", "white/users")]
    [InlineData("group-member.unblock-users", "DELETE", "blocks/users/")]
    [InlineData("group-member.disallow-users", "DELETE", "white/users/")]
    public async Task List_changes_read_each_user_s_outcome(string fixture, string method, string path)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;
        var users = new[] { "user1", "user2", "user3", "user4", "wzy_test", "wzXXXXzu", "wzy_huawei", "wzy_xiaomi" };

        var result = fixture switch
        {
            "group-member.block-users" or "group-member.block-user" => await client.BlockGroupUsersAsync("1", users, CancellationToken.None),
            "group-member.allow-users" or "group-member.allow-user" => await client.AllowGroupUsersAsync("1", users, CancellationToken.None),
            "group-member.unblock-users" => await client.UnblockGroupUsersAsync("1", users, CancellationToken.None),
            _ => await client.DisallowGroupUsersAsync("1", users, CancellationToken.None),
        };

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(method, request.Method);
        Assert.StartsWith(TestClients.Root + "chatgroups/1/" + path, request.Uri.AbsoluteUri);
        var succeeded = users.Where((_, i) => result[i].Succeeded).ToArray();
        var expected = fixture switch
        {
            "group-member.block-users" => new[] { "user4" },
            "group-member.block-user" => new[] { "user1" },
            "group-member.allow-users" => new[] { "wzy_test", "wzXXXXzu" },
            "group-member.allow-user" => new[] { "wzy_xiaomi" },
            "group-member.unblock-users" => new[] { "user1", "user2" },
            _ => new[] { "wzXXXXzu", "wzy_huawei" },
        };
        Assert.Equal(expected.OrderBy(u => u), succeeded.OrderBy(u => u));
    }

    [Theory]
    [InlineData("group-member.list-admins", new[] { "user1" })]
    [InlineData("group-member.list-blocks", new[] { "user2", "user3" })]
    [InlineData("group-member.list-allowlist", new[] { "wzy_test", "wzy_vivo", "wzy_huawei", "wzy_xiaomi", "wzXXXXzu" })]
    public async Task User_lists_read_as_names(string fixture, string[] expected)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        var users = fixture switch
        {
            "group-member.list-admins" => await client.ListGroupAdminsAsync("1", CancellationToken.None),
            "group-member.list-blocks" => await client.ListGroupBlockedUsersAsync("1", CancellationToken.None),
            _ => await client.ListGroupAllowedUsersAsync("1", CancellationToken.None),
        };

        Assert.Equal("GET", Assert.Single(handler.ApiRequests).Method);
        Assert.Equal(expected, users);
    }

    [Theory]
    [InlineData("group-member.add-admin")]
    [InlineData("group-member.remove-admin")]
    public async Task Admin_changes_accept_the_success_string(string fixture)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        if (fixture.EndsWith("add-admin")) await client.AddGroupAdminAsync("1", "man", CancellationToken.None);
        else await client.RemoveGroupAdminAsync("1", "user1", CancellationToken.None);

        Assert.EndsWith(fixture.EndsWith("add-admin") ? "chatgroups/1/admin" : "chatgroups/1/admin/user1", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Mutes_read_expiry_in_milliseconds()
    {
        var (listHandler, list) = ClientFor("group-member.list-mutes");
        using (list)
        {
            var mute = Assert.Single(await list.ListGroupMutesAsync("10XXXX85", CancellationToken.None));
            Assert.Equal(("10XXXX85", "user1", false, DateTimeOffset.FromUnixTimeMilliseconds(1489158589481)), (mute.GroupId, mute.Username, mute.Permanent, mute.ExpiresOn));
        }
        Single(listHandler, "GET", "chatgroups/10XXXX85/mute");

        var (muteHandler, muter) = ClientFor("group-member.mute-members");
        using (muter)
        {
            var result = await muter.MuteGroupMembersAsync("10XXXX85", new[] { "user1" }, TimeSpan.FromSeconds(86), CancellationToken.None);
            var muted = Assert.Single(result);
            Assert.True(muted.Succeeded);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1489158589481), muted.Result.ExpiresOn);
        }
        Assert.Equal("{\"usernames\":[\"user1\"],\"mute_duration\":86000}", Single(muteHandler, "POST", "chatgroups/10XXXX85/mute").Body);

        var (unmuteHandler, unmuter) = ClientFor("group-member.unmute-members");
        using (unmuter) Assert.True(Assert.Single(await unmuter.UnmuteGroupMembersAsync("10XXXX85", new[] { "user1" }, CancellationToken.None)).Succeeded);
        Single(unmuteHandler, "DELETE", "chatgroups/10XXXX85/mute/user1");
    }

    [Theory]
    [InlineData("group-member.mute-all", true, "POST")]
    [InlineData("group-member.unmute-all", false, "DELETE")]
    public async Task Mute_all_reads_the_new_state(string fixture, bool muted, string method)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        Assert.Equal(muted, await client.SetGroupMuteAllAsync("12XXXX53", muted, CancellationToken.None));
        Single(handler, method, "chatgroups/12XXXX53/ban");
    }

    [Fact]
    public async Task Announcement_get_and_set()
    {
        var (getHandler, get) = ClientFor("group-file.get-announcement");
        using (get) Assert.Equal("群组公告...", (await get.GetGroupAnnouncementAsync("6XXXX7", CancellationToken.None)).Announcement);
        Single(getHandler, "GET", "chatgroups/6XXXX7/announcement");
        var (setHandler, set) = ClientFor("group-file.set-announcement");
        using (set) Assert.True(await set.SetGroupAnnouncementAsync("6XXXX7", "hi", CancellationToken.None));
        Assert.Equal("{\"announcement\":\"hi\"}", Single(setHandler, "POST", "chatgroups/6XXXX7/announcement").Body);
    }

    [Fact]
    public async Task Files_list_and_delete()
    {
        var (listHandler, list) = ClientFor("group-file.list-files");
        using (list)
        {
            var files = await list.ListGroupFilesAsync("6XXXX7", 1, 10, CancellationToken.None);
            Assert.Equal(new[] { "dbd88d20-e1d4-11ea-95fc-638fc2d59a8d", "b30XXXX4f" }, files.Select(f => f.FileId));
            Assert.Equal(("159781149272586.jpg", "u1", 326127L), (files[0].Name, files[0].Owner, files[0].Size!.Value));
        }
        Single(listHandler, "GET", "chatgroups/6XXXX7/share_files?pagenum=1&pagesize=10");
        var (deleteHandler, delete) = ClientFor("group-file.delete-file");
        using (delete) Assert.True(await delete.DeleteGroupFileAsync("6XXXX7", "b30XXXX4f", CancellationToken.None));
        Single(deleteHandler, "DELETE", "chatgroups/6XXXX7/share_files/b30XXXX4f");
    }

    [Theory]
    [InlineData("group-member.get-member-attributes")]
    [InlineData("group-member.set-member-attributes")]
    public async Task One_member_s_attributes_read_as_pairs(string fixture)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        var attribute = Assert.Single(await client.GetGroupMemberAttributesAsync("2070", "test2", CancellationToken.None));

        Single(handler, "GET", "metadata/chatgroup/2070/user/test2");
        Assert.Equal(("test2", "key1", "value1"), (attribute.Username, attribute.Key, attribute.Value));
    }

    [Fact]
    public async Task Attributes_by_keys_read_per_member()
    {
        var (handler, client) = ClientFor("group-member.get-members-attributes");
        using var disposeClient = client;

        var attributes = await client.GetGroupMembersAttributesAsync("2070", new[] { "test1", "test2" }, new[] { "key1" }, CancellationToken.None);

        Assert.Equal("{\"targets\":[\"test1\",\"test2\"],\"properties\":[\"key1\"]}", Single(handler, "POST", "metadata/chatgroup/2070/get").Body);
        Assert.Equal(new[] { "test1", "test2" }, attributes.Select(a => a.Username));
    }

    [Fact]
    public async Task Batch_attribute_set_reads_the_colon_spelled_lists()
    {
        var (handler, client) = ClientFor("group-member.set-member-attributes-batch");
        using var disposeClient = client;
        var given = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["user1"] = new Dictionary<string, string> { ["metadataKey1"] = "value1", ["metadataKey2"] = "value2" },
            ["user2"] = new Dictionary<string, string> { ["metadataKey3"] = "value3", ["metadataKey4"] = "" },
            ["user3"] = new Dictionary<string, string> { ["k"] = "v" },
        };

        var result = await client.SetGroupMemberAttributesAsync("X", given, CancellationToken.None);

        Assert.StartsWith("[{\"username\":\"user1\",\"metadata\":{\"metadataKey1\":\"value1\"", Single(handler, "PUT", "metadata/chatgroup/X/users/batch").Body);
        Assert.True(result[0].Succeeded);
        Assert.Equal(2, result[0].Result.Count);
        Assert.True(result[1].Succeeded);
        Assert.Equal("metadataKey3", Assert.Single(result[1].Result).Key);
        Assert.False(result[2].Succeeded);
    }
}
