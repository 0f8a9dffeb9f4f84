using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class StoreTests
{
    [Fact]
    public async Task Seeding_100000_chatrooms_keeps_them_all_and_they_page_over_HTTP()
    {
        using var client = EmulatorClient.WithUsers("owner", "member");

        for (var i = 0; i < 100_000; i++)
        {
            client.Store.AddChatroom($"room{i}", "owner", members: ["member"]);
        }

        var chatrooms = client.Store.Chatrooms;
        Assert.Equal(100_000, chatrooms.Count);
        Assert.Equal("room99999", client.Store.FindChatroom(chatrooms[99_999].Id)!.Name);

        var first = (await client.GetAsync("chatrooms?limit=1000")).ShouldSucceed();
        Assert.Equal(1000, first.Data.GetArrayLength());
        Assert.Equal(500, (await client.GetAsync("users/member/joined_chatrooms")).ShouldSucceed().Json.GetProperty("count").GetInt32());
        (await client.DeleteAsync($"chatrooms/{chatrooms[50_000].Id}")).ShouldSucceed();
        Assert.Null(client.Store.FindChatroom(chatrooms[50_000].Id));
    }

    [Fact]
    public void Seeding_refuses_what_the_service_would_with_ArgumentException()
    {
        using var emulator = EasemobEmulator.Start(new EmulatorOptions { Users = { "u1", "u2" } });
        var store = emulator.Store;
        var id = store.AddChatroom("room", "u1", members: ["u2"]);

        Assert.Equal("username ghost doesn't exist!", Assert.ThrowsAny<ArgumentException>(() => store.AddChatroom("r", "ghost")).Message);
        Assert.ThrowsAny<ArgumentException>(() => store.AddChatroom("r", "u1", members: ["ghost"]));
        Assert.ThrowsAny<ArgumentException>(() => store.AddUser("bad name"));
        Assert.ThrowsAny<ArgumentException>(() => store.AddUser("U1"));
        Assert.ThrowsAny<ArgumentException>(() => store.SetGlobalMute("ghost", 1, null, null));
        Assert.ThrowsAny<ArgumentException>(() => store.SetGlobalMute("u1", -2, null, null));
        Assert.ThrowsAny<ArgumentException>(() => store.AddChatroomAdmin(id, "u1"));
        Assert.ThrowsAny<ArgumentException>(() => store.AddChatroomAdmin("1", "u2"));
        Assert.Throws<ArgumentNullException>(() => store.FindChatroom(null!));
        Assert.Single(store.Chatrooms);
    }

    [Fact]
    public void Chatroom_snapshots_do_not_change_and_mutes_read_back()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2");
        var id = client.Store.AddChatroom("room", "u1", "desc", 50, ["u2"], "custom");
        var before = client.Store.FindChatroom(id)!;

        client.Store.AddChatroomAdmin(id, "u2");
        client.Store.SetGlobalMute("u2", 600, -1, null);

        Assert.Empty(before.Admins);
        var after = client.Store.FindChatroom(id)!;
        Assert.Equal(new[] { "u2" }, after.Admins);
        Assert.Equal(("room", "desc", 50, "custom", 2), (after.Name, after.Description, after.MaxUsers, after.Custom, after.AffiliationsCount));
        var mute = Assert.Single(client.Store.GlobalMutes);
        Assert.Equal(("u2", -1L, (long?)null), (mute.Username, mute.GroupChat!.Value, mute.Chatroom));
        Assert.InRange(mute.Chat!.Value, 595, 600);
        Assert.Null(client.Store.FindGlobalMute("ghost"));
        Assert.Null(client.Store.FindGlobalMute("u1")!.Chat);
    }

    [Fact]
    public async Task Concurrent_writers_get_distinct_ids()
    {
        using var client = EmulatorClient.WithUsers("u1");

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
            Enumerable.Range(0, 1000).Select(i => client.Store.AddChatroom($"r{t}-{i}", "u1")).ToArray())));

        Assert.Equal(8000, ids.SelectMany(i => i).Distinct().Count());
        Assert.Equal(8000, client.Store.Chatrooms.Count);
    }
}
