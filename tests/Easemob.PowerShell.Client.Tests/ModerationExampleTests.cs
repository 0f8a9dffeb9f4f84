using Easemob.PowerShell.Client.Tests.Support;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>The vendor's example answers of the membership and moderation calls (Fixtures/, copied verbatim) read through the client.</summary>
public sealed class ModerationExampleTests
{
    private static (FakeHttpHandler Handler, EasemobClient Client) ClientFor(string fixture)
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture(fixture));
        return (handler, TestClients.Create(handler));
    }

    [Fact]
    public async Task Batch_add_reads_newmembers_and_fails_a_user_left_out()
    {
        var (handler, client) = ClientFor("chatroom-members.add-chatroom-members");
        using var disposeClient = client;

        var result = await client.AddChatroomMembersAsync("66XXXX33", new[] { "user1", "User2", "user3" }, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(("POST", TestClients.Root + "chatrooms/66XXXX33/users"), (request.Method, request.Uri.AbsoluteUri));
        Assert.Equal("{\"usernames\":[\"user1\",\"User2\",\"user3\"]}", request.Body);
        Assert.True(result[0].Succeeded);
        Assert.True(result[1].Succeeded);
        Assert.Equal("forbidden_op", result[2].Error!.ErrorCode);
    }

    [Fact]
    public async Task Batch_remove_reads_each_user_s_result_and_reason()
    {
        var (handler, client) = ClientFor("chatroom-members.remove-chatroom-members");
        using var disposeClient = client;

        var result = await client.RemoveChatroomMembersAsync("66XXXX33", new[] { "user1", "user2" }, CancellationToken.None);

        Assert.Equal(TestClients.Root + "chatrooms/66XXXX33/users/user1%2Cuser2", Assert.Single(handler.ApiRequests, r => r.Method == "DELETE").Uri.AbsoluteUri);
        // After a refusal, one details read tells whether the owner was among the refused; user1 is not (no owner in this answer).
        Assert.Equal(("GET", TestClients.Root + "chatrooms/66XXXX33"), (handler.ApiRequests[1].Method, handler.ApiRequests[1].Uri.AbsoluteUri));
        Assert.Equal("user: user1 doesn't exist in group: 66XXXX33", result[0].Error!.ErrorDescription);
        Assert.True(result[1].Succeeded);
    }

    [Theory]
    [InlineData("chatroom-members.list-chatroom-admins", "admin", new[] { "user1" })]
    [InlineData("chatroom-members.list-chatroom-allowlist", "white/users", new[] { "wzy_test", "wzy_vivo", "wzy_huawei", "wzy_xiaomi", "wzy_meizu" })]
    public async Task User_lists_read_as_names(string fixture, string path, string[] expected)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        var users = path == "admin"
            ? await client.ListChatroomAdminsAsync("12XXXX11", CancellationToken.None)
            : await client.ListChatroomAllowedUsersAsync("12XXXX11", CancellationToken.None);

        Assert.Equal(TestClients.Root + "chatrooms/12XXXX11/" + path, Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Equal(expected, users);
    }

    [Fact]
    public async Task Blocklist_and_super_admin_lists_read_as_names()
    {
        var (_, blocks) = ClientFor("chatroom-members.list-chatroom-blocks");
        using (blocks) Assert.NotEmpty(await blocks.ListChatroomBlockedUsersAsync("66XXXX33", CancellationToken.None));
        var (handler, admins) = ClientFor("chatroom-superadmin.list-super-admins");
        using (admins)
        {
            Assert.Equal(new[] { "hXXXX1", "hXXXX11", "hXXXX10" }, await admins.ListChatroomSuperAdminsAsync(2, 2, CancellationToken.None));
            Assert.Equal(TestClients.Root + "chatrooms/super_admin?pagenum=2&pagesize=2", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        }
    }

    [Theory]
    [InlineData("chatroom-members.add-chatroom-admin")]
    [InlineData("chatroom-members.remove-chatroom-admin")]
    [InlineData("chatroom-superadmin.add-super-admin")]
    [InlineData("chatroom-superadmin.remove-super-admin")]
    public async Task Role_changes_accept_the_success_string(string fixture)
    {
        var (handler, client) = ClientFor(fixture);
        using var disposeClient = client;

        var change = fixture switch
        {
            "chatroom-members.add-chatroom-admin" => client.AddChatroomAdminAsync("12XXXX11", "user1", CancellationToken.None),
            "chatroom-members.remove-chatroom-admin" => client.RemoveChatroomAdminAsync("12XXXX11", "user1", CancellationToken.None),
            "chatroom-superadmin.add-super-admin" => client.AddChatroomSuperAdminAsync("user1", CancellationToken.None),
            _ => client.RemoveChatroomSuperAdminAsync("user1", CancellationToken.None),
        };
        await change;

        var request = Assert.Single(handler.ApiRequests);
        if (fixture == "chatroom-members.add-chatroom-admin") Assert.Equal("{\"newadmin\":\"user1\"}", request.Body);
        if (fixture == "chatroom-superadmin.add-super-admin") Assert.Equal("{\"superadmin\":\"user1\"}", request.Body);
    }

    [Fact]
    public async Task Mute_list_and_mute_answer_read_expiry_in_milliseconds()
    {
        var (_, lister) = ClientFor("chatroom-members.list-chatroom-mutes");
        using (lister)
        {
            var mutes = await lister.ListChatroomMutesAsync("12XXXX11", CancellationToken.None);
            Assert.Equal(new[] { "user1", "user2" }, mutes.Select(m => m.Username));
            Assert.All(mutes, m => Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1489158589481), m.ExpiresOn));
            Assert.All(mutes, m => Assert.False(m.Permanent));
        }

        var (handler, muter) = ClientFor("chatroom-members.mute-chatroom-members");
        using (muter)
        {
            var result = await muter.MuteChatroomMembersAsync("12XXXX11", new[] { "user1", "user2" }, TimeSpan.FromDays(1), CancellationToken.None);
            Assert.Equal("{\"usernames\":[\"user1\",\"user2\"],\"mute_duration\":86400000}", Assert.Single(handler.ApiRequests).Body);
            var mute = result[1].Result;
            Assert.True(result[1].Succeeded);
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1642148173726), mute.ExpiresOn);
            Assert.Equal("12XXXX11", mute.ChatroomId);
        }
    }

    [Fact]
    public async Task Unmute_and_mute_all_answers_read()
    {
        var (handler, unmuter) = ClientFor("chatroom-members.unmute-chatroom-members");
        using (unmuter)
        {
            var result = await unmuter.UnmuteChatroomMembersAsync("12XXXX11", new[] { "user1" }, CancellationToken.None);
            Assert.True(Assert.Single(result).Succeeded);
            Assert.Equal(TestClients.Root + "chatrooms/12XXXX11/mute/user1", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        }
        var (_, all) = ClientFor("chatroom-members.mute-all");
        using (all) Assert.True(await all.SetChatroomMuteAllAsync("12XXXX11", true, CancellationToken.None));
        var (_, none) = ClientFor("chatroom-members.unmute-all");
        using (none) Assert.False(await none.SetChatroomMuteAllAsync("12XXXX11", false, CancellationToken.None));
    }

    [Theory]
    [InlineData("chatroom-members.block-chatroom-users")]
    [InlineData("chatroom-members.unblock-chatroom-users")]
    [InlineData("chatroom-members.unblock-chatroom-user")]
    [InlineData("chatroom-members.allow-chatroom-users")]
    [InlineData("chatroom-members.disallow-chatroom-users")]
    public async Task Per_user_list_answers_read_as_one_outcome_per_user(string fixture)
    {
        var users = System.Text.Json.JsonDocument.Parse(Responses.Fixture(fixture)).RootElement.GetProperty("data") is var data && data.ValueKind == System.Text.Json.JsonValueKind.Array
            ? data.EnumerateArray().Select(e => (User: e.GetProperty("user").GetString()!, Ok: e.GetProperty("result").GetBoolean())).ToArray()
            : new[] { (User: data.GetProperty("user").GetString()!, Ok: data.GetProperty("result").GetBoolean()) };
        var (_, client) = ClientFor(fixture);
        using var disposeClient = client;
        var names = users.Select(u => u.User).ToArray();

        var result = fixture switch
        {
            "chatroom-members.block-chatroom-users" => await client.BlockChatroomUsersAsync("66XXXX33", names, CancellationToken.None),
            "chatroom-members.allow-chatroom-users" => await client.AllowChatroomUsersAsync("66XXXX33", names, CancellationToken.None),
            "chatroom-members.disallow-chatroom-users" => await client.DisallowChatroomUsersAsync("66XXXX33", names, CancellationToken.None),
            _ => await client.UnblockChatroomUsersAsync("66XXXX33", names, CancellationToken.None),
        };

        Assert.Equal(users.Select(u => u.Ok), result.Select(outcome => outcome.Succeeded));
    }

    [Fact]
    public async Task A_batch_refused_for_named_users_fails_those_and_sends_the_rest_again()
    {
        var handler = FakeHttpHandler.ForApi(request => request.Body!.Contains("ghost")
            ? Responses.Error(404, "resource_not_found", "username ghost doesn't exist!")
            : Responses.Json("{\"data\":{\"newmembers\":[\"u1\",\"u2\"]}}"));
        using var client = TestClients.Create(handler);

        var result = await client.AddChatroomMembersAsync("1", new[] { "u1", "ghost", "u2" }, CancellationToken.None);

        Assert.Equal(2, handler.ApiRequests.Count);
        Assert.Equal("{\"usernames\":[\"u1\",\"u2\"]}", handler.ApiRequests[1].Body);
        Assert.Equal(404, result[1].Error!.StatusCode);
        Assert.True(result[0].Succeeded && result[2].Succeeded);
    }

    [Fact]
    public async Task More_than_60_users_or_a_name_with_a_comma_is_refused_before_sending()
    {
        var handler = FakeHttpHandler.ForJson("{}");
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.RemoveChatroomMembersAsync("1", Enumerable.Range(0, 61).Select(i => "u" + i).ToArray(), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.UnmuteChatroomMembersAsync("1", new[] { "a,b" }, CancellationToken.None));
        Assert.Empty(handler.ApiRequests);
    }
}
