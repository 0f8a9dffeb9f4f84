using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class ChatroomListTests
{
    private static EmulatorClient WithChatrooms(int count)
    {
        var client = EmulatorClient.WithUsers("owner", "member");
        for (var i = 0; i < count; i++)
        {
            client.Store.AddChatroom($"room{i}", "owner", members: new[] { "member" });
        }

        return client;
    }

    private static string[] Ids(JsonElement data) =>
        data.ValueKind == JsonValueKind.Array ? data.EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray() : [data.GetProperty("id").GetString()!];

    [Fact]
    public async Task Without_parameters_the_first_10_are_listed_in_creation_order_with_a_cursor()
    {
        using var client = WithChatrooms(15);

        var answer = (await client.GetAsync("chatrooms")).ShouldSucceed();

        Assert.Equal(client.Store.Chatrooms.Take(10).Select(c => c.Id), Ids(answer.Data));
        Assert.Equal(10, answer.Json.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.String, answer.Json.GetProperty("cursor").ValueKind);
        var first = answer.Data[0];
        Assert.Equal("room0", first.GetProperty("name").GetString());
        Assert.Equal("owner", first.GetProperty("owner").GetString());
        Assert.Equal(2, first.GetProperty("affiliations_count").GetInt32());
        Assert.Equal(JsonValueKind.String, first.GetProperty("id").ValueKind);
    }

    [Fact]
    public async Task Cursor_paging_of_2500_chatrooms_at_limit_1000_loses_and_repeats_nothing()
    {
        using var client = WithChatrooms(2500);
        var seen = new List<string>();
        var pages = 0;
        string? cursor = null;

        do
        {
            var path = "chatrooms?limit=1000" + (cursor == null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
            var answer = (await client.GetAsync(path)).ShouldSucceed();
            seen.AddRange(Ids(answer.Data));
            cursor = answer.Json.TryGetProperty("cursor", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor != null);

        Assert.Equal(3, pages);
        Assert.Equal(client.Store.Chatrooms.Select(c => c.Id), seen);
    }

    [Fact]
    public async Task Last_page_has_no_cursor_even_when_it_is_full()
    {
        using var client = WithChatrooms(4);

        var first = (await client.GetAsync("chatrooms?limit=2")).ShouldSucceed();
        var last = (await client.GetAsync("chatrooms?limit=2&cursor=" + Uri.EscapeDataString(first.Json.GetProperty("cursor").GetString()!))).ShouldSucceed();

        Assert.Equal(2, last.Data.GetArrayLength());
        Assert.False(last.Json.TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Cursor_stays_valid_when_chatrooms_are_deleted_or_added_between_pages()
    {
        using var client = WithChatrooms(6);
        var ids = client.Store.Chatrooms.Select(c => c.Id).ToArray();
        var first = (await client.GetAsync("chatrooms?limit=3")).ShouldSucceed();
        var cursor = Uri.EscapeDataString(first.Json.GetProperty("cursor").GetString()!);

        (await client.DeleteAsync($"chatrooms/{ids[2]}")).ShouldSucceed();
        (await client.DeleteAsync($"chatrooms/{ids[3]}")).ShouldSucceed();
        var added = await client.CreateChatroomAsync("late", "owner");
        var second = (await client.GetAsync($"chatrooms?limit=3&cursor={cursor}")).ShouldSucceed();

        Assert.Equal(new[] { ids[4], ids[5], added }, Ids(second.Data));
        Assert.False(second.Json.TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task One_chatroom_on_a_page_is_a_single_object_as_in_the_vendor_example()
    {
        using var client = WithChatrooms(3);

        var one = (await client.GetAsync("chatrooms?limit=1")).ShouldSucceed();
        var two = (await client.GetAsync("chatrooms?limit=2")).ShouldSucceed();

        Assert.Equal(JsonValueKind.Object, one.Data.ValueKind);
        Assert.Equal(client.Store.Chatrooms[0].Id, one.Data.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, two.Data.ValueKind);
    }

    [Fact]
    public async Task An_empty_app_lists_an_empty_array_without_cursor()
    {
        using var client = WithChatrooms(0);

        var answer = (await client.GetAsync("chatrooms")).ShouldSucceed();

        Assert.Equal(JsonValueKind.Array, answer.Data.ValueKind);
        Assert.Equal(0, answer.Data.GetArrayLength());
        Assert.False(answer.Json.TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task Limit_above_1000_is_capped_and_invalid_limits_are_invalid_parameter()
    {
        using var client = WithChatrooms(1001);

        var capped = (await client.GetAsync("chatrooms?limit=5000")).ShouldSucceed();
        Assert.Equal(1000, capped.Data.GetArrayLength());
        Assert.Equal(new[] { "5000" }, capped.Json.GetProperty("params").GetProperty("limit").EnumerateArray().Select(v => v.GetString()));

        // Sent empty, a number is absent (the service's binding): the default page.
        Assert.Equal(10, (await client.GetAsync("chatrooms?limit=")).ShouldSucceed().Data.GetArrayLength());
        foreach (var limit in new[] { "0", "-1", "abc", "1.5" })
        {
            var answer = await client.GetAsync("chatrooms?limit=" + limit);
            Assert.Equal(400, answer.Status);
            Assert.Equal("invalid_parameter", answer.Error);
        }
    }

    [Fact]
    public async Task A_foreign_cursor_is_invalid_parameter()
    {
        using var client = WithChatrooms(2);

        var answer = await client.GetAsync("chatrooms?cursor=bm90LWEtY3Vyc29y");

        Assert.Equal(400, answer.Status);
        Assert.Equal("invalid_parameter", answer.Error);
    }
}
