using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The send calls' documented answers and refusals, and the messages the emulator keeps.</summary>
public sealed class MessageSendTests
{
    [Fact]
    public async Task A_chatroom_send_answers_each_room_with_its_message_id_and_stores_one_message_each()
    {
        using var client = EmulatorClient.WithUsers("u1");

        var answer = (await client.PostAsync("messages/chatrooms", new { from = "u1", to = new[] { "r1", "r2" }, type = "txt", body = new { msg = "hi" }, chatroom_msg_level = "low" })).ShouldSucceed();

        var stored = client.Store.Messages.All;
        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0].Id, answer.Data.GetProperty("r1").GetString());
        Assert.Equal(stored[1].Id, answer.Data.GetProperty("r2").GetString());
        Assert.True(long.Parse(stored[1].Id) > long.Parse(stored[0].Id));
        Assert.All(stored, m => Assert.Equal(("chatroom", "u1", "txt", "low", """{"msg":"hi"}"""), (m.ChatType, m.From, m.Type, m.Priority, m.BodyJson)));
        Assert.Single(client.Store.Messages.FromSender("U1"), m => m.To == "r1");
    }

    [Fact]
    public async Task A_user_send_without_from_is_sent_as_admin()
    {
        using var client = EmulatorClient.WithUsers("u1");

        var answer = (await client.PostAsync("messages/users", new { to = new[] { "user2" }, type = "cmd", body = new { action = "a" }, routetype = "ROUTE_ONLINE", sync_device = true })).ShouldSucceed();

        var stored = Assert.Single(client.Store.Messages.ToUser("user2"));
        Assert.Equal(stored.Id, answer.Data.GetProperty("user2").GetString());
        Assert.Equal("admin", stored.From);
        Assert.True(stored.OnlineOnly && stored.SyncDevice);
    }

    public static TheoryData<string, object, string> Refusals => new()
    {
        { "messages/users", new { from = "", to = new[] { "a" }, type = "txt", body = new { msg = "x" } }, "param from can't be empty" },
        { "messages/users", new { to = Array.Empty<string>(), type = "txt", body = new { msg = "x" } }, "param to can't be empty" },
        { "messages/users", new { to = new[] { "a" }, type = "", body = new { msg = "x" } }, "param type can't be empty" },
        { "messages/users", new { to = new[] { "a" }, type = "txt", body = new { } }, "param body can't be empty" },
        { "messages/users", new { to = new[] { "a" }, type = "txt", body = new { msg = "x" }, ext = "text" }, "param ext must be JSONObject" },
        { "messages/users", new { to = Enumerable.Range(0, 601).Select(i => "u" + i).ToArray(), type = "txt", body = new { msg = "x" } }, "params to's size can't exceed limit 600" },
        { "messages/chatrooms", new { to = Enumerable.Range(0, 11).Select(i => "r" + i).ToArray(), type = "txt", body = new { msg = "x" } }, "params to's size can't exceed limit 10" },
        { "messages/chatrooms", new { to = new[] { "r" }, type = "txt", body = new { msg = new string('x', 5000) }, ext = new { a = new string('y', 200) } }, "message is too large" },
        { "messages/chatrooms/users", new { to = new[] { "r" }, type = "txt", body = new { msg = "x" } }, "param users can't be empty" },
        { "messages/chatrooms", new { to = new[] { "r" }, type = "custom", body = new { customEvent = "a b" } }, "param customEvent must match [a-zA-Z0-9-_/\\.]{1,32}" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Documented_refusals_are_400_message_send_error_and_store_nothing(string path, object body, string description)
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync(path, body)).ShouldFail(400, "message_send_error", description);

        Assert.Empty(client.Store.Messages.All);
    }

    [Fact]
    public async Task A_body_that_is_not_the_documented_shape_is_invalid_request_body()
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync("messages/users", new { to = "a", type = "txt", body = new { msg = "x" } }))
            .ShouldFail(400, "invalid_request_body", "Request body is invalid. Please check body is correct.");
    }

    [Fact]
    public async Task Past_the_message_rate_a_send_is_403_message_send_error_and_not_stored()
    {
        // Chatroom messages: 100 a second, scaled to 20; calls 20 a second, scaled to 4.
        using var client = new EmulatorClient(new EmulatorOptions { EnforceRateLimit = true, RateLimitScale = 0.2, Users = { "u1" } });
        var rooms = Enumerable.Range(0, 10).Select(i => "r" + i).ToArray();

        var first = await client.PostAsync("messages/chatrooms", new { to = rooms, type = "txt", body = new { msg = "x" } });
        var second = await client.PostAsync("messages/chatrooms", new { to = rooms, type = "txt", body = new { msg = "x" } });
        var third = await client.PostAsync("messages/chatrooms", new { to = rooms, type = "txt", body = new { msg = "x" } });

        first.ShouldSucceed();
        second.ShouldSucceed();
        third.ShouldFail(403, "message_send_error", "message send reach limit");
        Assert.Equal(20, client.Store.Messages.All.Count);
    }
}
