using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The emulator's user attribute calls over the API: the documented answers, limits and refusals.</summary>
public sealed class UserProfileApiTests
{
    private readonly EmulatorApi api = new(new EmulatorOptions { ClientId = "id", ClientSecret = "secret" });

    private string Token()
    {
        var body = Encoding.UTF8.GetBytes("{\"grant_type\":\"client_credentials\",\"client_id\":\"id\",\"client_secret\":\"secret\"}");
        var answer = api.Handle(new EmulatorHttpRequest("POST", "/demo-org/demo-app/token", body: body));
        return "Bearer " + JsonDocument.Parse(answer.Body).RootElement.GetProperty("access_token").GetString();
    }

    private (int Status, JsonElement Json) Call(string method, string path, string? body = null)
    {
        var answer = api.Handle(new EmulatorHttpRequest(method, "/demo-org/demo-app/metadata/user/" + path, Token(), body == null ? null : Encoding.UTF8.GetBytes(body)));
        return (answer.Status, JsonDocument.Parse(answer.Body).RootElement);
    }

    [Fact]
    public void A_form_set_answers_the_pairs_set_and_keeps_other_keys()
    {
        Call("PUT", "user1", "nickname=old&sign=hello");

        var (status, json) = Call("PUT", "user1", "avatarurl=https%3A%2F%2Fwww.easemob.com%2Favatar.png&ext=ext&nickname=nickname");

        Assert.Equal(200, status);
        Assert.Equal("""{"avatarurl":"https://www.easemob.com/avatar.png","ext":"ext","nickname":"nickname"}""", json.GetProperty("data").GetRawText());
        Assert.Equal(4, Call("GET", "user1").Json.GetProperty("data").EnumerateObject().Count());
        Assert.Equal("hello", Call("GET", "USER1").Json.GetProperty("data").GetProperty("sign").GetString());
    }

    [Fact]
    public void Unknown_users_read_as_an_empty_object_and_a_delete_of_nothing_is_true()
    {
        Assert.Equal("{}", Call("GET", "ghost").Json.GetProperty("data").GetRawText());
        Assert.Equal("{}", Call("POST", "get", """{"targets":["ghost"],"properties":["nickname"]}""").Json.GetProperty("data").GetRawText());
        Assert.True(Call("DELETE", "ghost").Json.GetProperty("data").GetBoolean());
    }

    [Fact]
    public void The_batch_get_returns_only_the_asked_keys_and_refuses_more_than_100_users()
    {
        Call("PUT", "user1", "nickname=n1&ext=e1");
        var targets = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"u{i}\""));

        var some = Call("POST", "get", """{"targets":["user1","user2"],"properties":["ext"]}""");
        var tooMany = Call("POST", "get", "{\"targets\":[" + targets + "],\"properties\":[\"ext\"]}");

        Assert.Equal("""{"user1":{"ext":"e1"}}""", some.Json.GetProperty("data").GetRawText());
        Assert.Equal((400, "BAD_REQUEST", "exceed allowed batch size 100"),
            (tooMany.Status, tooMany.Json.GetProperty("error").GetString(), tooMany.Json.GetProperty("error_description").GetString()));
    }

    [Fact]
    public void Sizes_beyond_the_documented_limits_are_403_FORBIDDEN_and_change_nothing()
    {
        Call("PUT", "user1", "bio=" + new string('b', 1500));

        var overUser = Call("PUT", "user1", "notes=" + new string('n', 600));
        var overColumn = Call("PUT", "user1", "nickname=" + new string('n', 65));
        var badGender = Call("PUT", "user1", "gender=7");
        var json = Call("PUT", "user1", """{"nickname":"x"}""");

        Assert.Equal((403, "FORBIDDEN"), (overUser.Status, overUser.Json.GetProperty("error").GetString()));
        Assert.Contains("exceeds the user defined limit, 2048Bytes", overUser.Json.GetProperty("error_description").GetString());
        Assert.Equal((403, "FORBIDDEN"), (overColumn.Status, overColumn.Json.GetProperty("error").GetString()));
        Assert.Contains("mysql column size", overColumn.Json.GetProperty("error_description").GetString());
        Assert.Equal(403, badGender.Status);
        Assert.Equal(400, json.Status);
        Assert.Equal(1503L, Call("GET", "capacity").Json.GetProperty("data").GetInt64());
    }

    [Fact]
    public void User_attribute_reads_and_writes_are_their_own_rate_families()
    {
        var read = api.Handle(new EmulatorHttpRequest("GET", "/demo-org/demo-app/metadata/user/capacity", Token()));
        var write = api.Handle(new EmulatorHttpRequest("DELETE", "/demo-org/demo-app/metadata/user/u1", Token()));

        Assert.Equal((Model.EmApiFamily.UserAttributeRead, Model.EmApiFamily.UserAttributeWrite), (read.Family, write.Family));
    }
}
