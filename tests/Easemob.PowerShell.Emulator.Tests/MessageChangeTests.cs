using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>Recall and modify: the documented answers and refusals, the recall window and the feature switches.</summary>
public sealed class MessageChangeTests
{
    private static async Task<string> SendAsync(EmulatorClient client, string to = "u2") =>
        (await client.PostAsync("messages/users", new { from = "u1", to = new[] { to }, type = "txt", body = new { msg = "hi" } })).ShouldSucceed().Data.GetProperty(to).GetString()!;

    [Fact]
    public async Task A_recall_answers_the_documented_data_and_marks_the_message()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = await SendAsync(client);

        var answer = (await client.PostAsync("messages/msg_recall", new { msg_id = id, to = "u2", from = "u1", chat_type = "chat" })).ShouldSucceed();

        Assert.Equal(("yes", "chat", "u1", "u2", id), (answer.Data.GetProperty("recalled").GetString(), answer.Data.GetProperty("chattype").GetString(),
            answer.Data.GetProperty("from").GetString(), answer.Data.GetProperty("to").GetString(), answer.Data.GetProperty("msg_id").GetString()));
        Assert.NotNull(client.Store.Messages.Find(id)!.RecalledOn);
        (await client.PostAsync("messages/msg_recall", new { msg_id = id, to = "u2", chat_type = "chat" })).ShouldFail(400, "message_recall_error", "can't find msg to");
    }

    [Theory]
    [InlineData("", "u2", "chat", "param msg_id can't be empty")]
    [InlineData("1", "", "chat", "param to can't be empty")]
    [InlineData("1", "u2", "", "param chat_type can't be empty")]
    [InlineData("1", "u2", "chat", "can't find msg to")]
    public async Task Recall_refusals_are_400_message_recall_error(string id, string to, string chatType, string description)
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync("messages/msg_recall", new { msg_id = id, to, chat_type = chatType })).ShouldFail(400, "message_recall_error", description);
    }

    [Fact]
    public async Task Past_the_recall_window_on_the_emulator_clock_is_403_unless_forced()
    {
        var clock = new ManualClock();
        using var client = new EmulatorClient(new EmulatorOptions { RecallWindow = TimeSpan.FromMinutes(2), Users = { "u1" }, Clock = clock });
        var inWindow = await SendAsync(client);
        var late = await SendAsync(client);
        clock.Advance(TimeSpan.FromMinutes(2));
        (await client.PostAsync("messages/msg_recall", new { msg_id = inWindow, to = "u2", chat_type = "chat" })).ShouldSucceed();

        clock.Advance(TimeSpan.FromMilliseconds(1));

        (await client.PostAsync("messages/msg_recall", new { msg_id = late, to = "u2", chat_type = "chat" })).ShouldFail(403, "message_recall_error", "exceed recall time limit");
        // The service's JSON binding takes "true" for true, as it does for the send's sync_device.
        (await client.PostAsync("messages/msg_recall", new { msg_id = late, to = "u2", chat_type = "chat", force = "true" })).ShouldSucceed();
        Assert.Equal(clock.UtcNow, client.Store.Messages.Find(late)!.RecalledOn);
    }

    [Fact]
    public async Task A_batch_recall_answers_each_message_and_refuses_more_than_30()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = await SendAsync(client);

        var answer = (await client.PostAsync("messages/batch_recall", new { msgs = new[] { new { msg_id = id, to = "u2", chat_type = "chat" }, new { msg_id = "5", to = "u2", chat_type = "chat" } } })).ShouldSucceed();

        Assert.Equal(new[] { "yes", "no" }, answer.Data.EnumerateArray().Select(e => e.GetProperty("recalled").GetString()));
        var many = Enumerable.Range(0, 31).Select(i => new { msg_id = i.ToString(), to = "u2", chat_type = "chat" }).ToArray();
        (await client.PostAsync("messages/batch_recall", new { msgs = many })).ShouldFail(400, "message_recall_error", "params msgs's size can't exceed limit 30");
    }

    [Fact]
    public async Task Disabled_features_answer_their_documented_403s()
    {
        using var client = new EmulatorClient(new EmulatorOptions { Users = { "u1" }, DisabledFeatures = { EmulatorFeature.MessageRecall, EmulatorFeature.MessageRewrite } });
        var id = await SendAsync(client);

        (await client.PostAsync("messages/msg_recall", new { msg_id = id, to = "u2", chat_type = "chat" })).ShouldFail(403, "forbidden_op", "message recall service is unopened");
        (await client.PostAsync("messages/batch_recall", new { msgs = new[] { new { msg_id = id, to = "u2", chat_type = "chat" } } })).ShouldFail(403, "forbidden_op", "message recall service is unopened");
        (await client.PutAsync("messages/rewrite/" + id, new { new_msg = new { type = "txt", msg = "x" } })).ShouldFail(403, "message_rewrite_error", "The rewrite message feature is not open.");
        Assert.Null(client.Store.Messages.Find(id)!.RecalledOn);
    }

    [Fact]
    public async Task A_rewrite_answers_success_and_has_the_documented_refusals()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = await SendAsync(client);

        var answer = (await client.PutAsync("messages/rewrite/" + id, new { user = "u1", new_msg = new { type = "txt", msg = "new" } })).ShouldSucceed();

        Assert.Equal("success", answer.Data.GetString());
        Assert.Equal("""{"msg":"new"}""", client.Store.Messages.Find(id)!.BodyJson);
        (await client.PutAsync("messages/rewrite/abc", new { new_msg = new { type = "txt", msg = "x" } })).ShouldFail(400, "InvalidMessageIdException", "The provided message ID is not a valid number.");
        (await client.PutAsync("messages/rewrite/" + id, new { user = "u1" })).ShouldFail(400, "illegal_argument", "new_msg is required");
        (await client.PutAsync("messages/rewrite/" + id, new { new_msg = new { type = "img", url = "x" } }))
            .ShouldFail(400, "message_rewrite_error", "The message is of a type that is currently not supported for modification.");
        (await client.PutAsync("messages/rewrite/42", new { new_msg = new { type = "txt", msg = "x" } })).ShouldFail(404, "message_rewrite_error", "The message is unavailable or has expired.");
        for (var i = 1; i < 10; i++)
        {
            (await client.PutAsync("messages/rewrite/" + id, new { new_msg = new { type = "txt", msg = "v" + i } })).ShouldSucceed();
        }

        (await client.PutAsync("messages/rewrite/" + id, new { new_msg = new { type = "txt", msg = "eleventh" } }))
            .ShouldFail(403, "message_rewrite_error", "The message has reached its edit limit and cannot be modified further.");
    }
}
