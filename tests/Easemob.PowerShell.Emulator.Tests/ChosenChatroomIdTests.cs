using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The create's <c>roomid</c>: refused unless the app has the feature, then a chatroom id like any other.</summary>
public sealed class ChosenChatroomIdTests
{
    private static EmulatorClient WithChosenIds()
    {
        var options = new EmulatorOptions { AllowChosenChatroomIds = true };
        options.Users.Add("u1");
        return new EmulatorClient(options);
    }

    [Fact]
    public async Task A_chosen_id_is_refused_unless_the_app_has_the_feature()
    {
        using var client = EmulatorClient.WithUsers("u1");

        (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", roomid = "lobby1" })).ShouldFail(403, "forbidden_op", "custom chatroom id is not enabled for this app");
        Assert.Empty(client.Store.Chatrooms);
    }

    [Fact]
    public async Task A_chosen_id_names_the_chatroom_for_every_call_and_cannot_be_taken_twice()
    {
        using var client = WithChosenIds();

        var answer = (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", roomid = "lobby1" })).ShouldSucceed();
        Assert.Equal("lobby1", answer.Data.GetProperty("id").GetString());
        (await client.PostAsync("chatrooms", new { name = "other", owner = "u1", roomid = "lobby1" })).ShouldFail(400, "illegal_argument", "group ID lobby1 already exists!");

        (await client.GetAsync("chatrooms/lobby1")).ShouldSucceed();
        var numeric = (await client.PostAsync("chatrooms", new { name = "m", owner = "u1" })).ShouldSucceed().Data.GetProperty("id").GetString()!;
        Assert.Equal(new[] { "lobby1", numeric }, client.Store.Chatrooms.Select(c => c.Id));
        (await client.DeleteAsync("chatrooms/lobby1")).ShouldSucceed();
        Assert.Null(client.Store.FindChatroom("lobby1"));
        Assert.NotNull(client.Store.FindChatroom(numeric));
    }

    [Theory]
    [InlineData("Lobby")]
    [InlineData("lobby-1")]
    [InlineData("")]
    public async Task A_chosen_id_must_be_lowercase_letters_and_digits(string roomId)
    {
        using var client = WithChosenIds();

        Assert.Equal("invalid_parameter", (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", roomid = roomId })).Error);
        Assert.Equal("invalid_parameter", (await client.PostAsync("chatrooms", new { name = "n", owner = "u1", roomid = new string('a', 65) })).Error);
        Assert.Empty(client.Store.Chatrooms);
    }
}
