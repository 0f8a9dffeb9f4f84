using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class ChatroomDetailsTests
{
    [Fact]
    public async Task One_id_answers_a_single_object_with_every_documented_field()
    {
        using var client = EmulatorClient.WithUsers("u1", "u2", "u3");
        var id = client.Store.AddChatroom("lobby", "u1", "the lobby", 300, ["u2", "u3"], "k=v");
        client.Store.AddChatroomAdmin(id, "u3");

        var data = (await client.GetAsync($"chatrooms/{id}")).ShouldSucceed().Data;

        Assert.Equal(JsonValueKind.Object, data.ValueKind);
        Assert.Equal(id, data.GetProperty("id").GetString());
        Assert.Equal("lobby", data.GetProperty("name").GetString());
        Assert.Equal("the lobby", data.GetProperty("description").GetString());
        Assert.False(data.GetProperty("membersonly").GetBoolean());
        Assert.False(data.GetProperty("allowinvites").GetBoolean());
        Assert.Equal(300, data.GetProperty("maxusers").GetInt32());
        Assert.Equal("u1", data.GetProperty("owner").GetString());
        Assert.Equal(client.Store.FindChatroom(id)!.Created.ToUnixTimeMilliseconds(), data.GetProperty("created").GetInt64());
        Assert.Equal("k=v", data.GetProperty("custom").GetString());
        Assert.Equal(3, data.GetProperty("affiliations_count").GetInt32());
        Assert.True(data.GetProperty("public").GetBoolean());
        // Owner first, then admins, then the other members.
        Assert.Equal("[{\"owner\":\"u1\"},{\"member\":\"u3\"},{\"member\":\"u2\"}]", data.GetProperty("affiliations").GetRawText());
    }

    [Theory]
    [InlineData(",")]
    [InlineData("%2C")]
    [InlineData("%2c")]
    public async Task Several_ids_answer_an_array_in_the_order_asked(string separator)
    {
        using var client = EmulatorClient.WithUsers("u1");
        var a = client.Store.AddChatroom("a", "u1");
        var b = client.Store.AddChatroom("b", "u1");
        var c = client.Store.AddChatroom("c", "u1");

        var data = (await client.GetAsync($"chatrooms/{c}{separator}{a}{separator}{b}")).ShouldSucceed().Data;

        Assert.Equal(new[] { c, a, b }, data.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_unknown_id_is_service_resource_not_found_naming_the_first_unknown()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var a = client.Store.AddChatroom("a", "u1");

        (await client.GetAsync("chatrooms/123")).ShouldFail(404, "service_resource_not_found", "do not find this group:123");
        (await client.GetAsync($"chatrooms/{a},777,888")).ShouldFail(404, "service_resource_not_found", "do not find this group:777");
        (await client.GetAsync("chatrooms/abc")).ShouldFail(404, "service_resource_not_found", "do not find this group:abc");
    }

    [Fact]
    public async Task At_most_100_ids_per_call()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var ids = Enumerable.Range(0, 101).Select(i => client.Store.AddChatroom($"r{i}", "u1")).ToArray();

        var hundred = (await client.GetAsync("chatrooms/" + string.Join("%2C", ids.Take(100)))).ShouldSucceed();
        var tooMany = await client.GetAsync("chatrooms/" + string.Join("%2C", ids));

        Assert.Equal(100, hundred.Data.GetArrayLength());
        Assert.Equal(400, tooMany.Status);
        Assert.Equal("invalid_parameter", tooMany.Error);
    }

    [Fact]
    public async Task Ids_are_strings_beyond_2_pow_53_and_increase()
    {
        using var client = EmulatorClient.WithUsers("u1");

        var first = await client.CreateChatroomAsync("a", "u1");
        var second = await client.CreateChatroomAsync("b", "u1");

        Assert.True(long.Parse(first) > (1L << 53));
        Assert.True(long.Parse(second) > long.Parse(first));
        var text = (await client.GetAsync($"chatrooms/{first}")).Text;
        Assert.Contains($"\"id\":\"{first}\"", text);
    }
}
