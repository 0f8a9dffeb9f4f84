using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>
/// A whole-batch refusal decides only for the users it names in one of the vendor's documented forms, read whole;
/// otherwise the batch is split and each user's own answer decides. Names that are words of those messages
/// ("username", "members", "owner") or end in '.' are users like any other.
/// </summary>
public sealed class UserBatchRefusalTests
{
    private static readonly string[] OddNames = { "username", "members", "owner", "homeowner1", "john.", "a-b_c.d" };

    private static string[] SentUsers(RecordedRequest request) =>
        System.Text.Json.JsonDocument.Parse(request.Body!).RootElement.GetProperty("usernames").EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task The_not_members_form_fails_exactly_the_users_it_lists()
    {
        // Only "members" and "john." are outside the room; every other name is a word of the message or like one.
        var outsiders = new[] { "members", "john." };
        var handler = FakeHttpHandler.ForApi(request =>
        {
            var named = SentUsers(request).Where(outsiders.Contains).ToArray();
            return named.Length > 0
                ? Responses.Error(400, "forbidden_op", $"users [{string.Join(", ", named)}] are not members of this group!")
                : Responses.Json("{\"data\":[" + string.Join(",", SentUsers(request).Select(u => $"{{\"result\":true,\"user\":\"{u}\"}}")) + "]}");
        });
        using var client = TestClients.Create(handler);

        var outcomes = await client.AllowChatroomUsersAsync("1", OddNames, CancellationToken.None);

        Assert.Equal(OddNames.Select(u => !outsiders.Contains(u)), outcomes.Select(o => o.Succeeded));
        Assert.Equal(2, handler.ApiRequests.Count);
        Assert.Equal(OddNames.Except(outsiders), SentUsers(handler.ApiRequests[1]));
    }

    [Fact]
    public async Task The_unknown_user_form_names_a_user_ending_in_a_dot()
    {
        var handler = FakeHttpHandler.ForApi(request => SentUsers(request).Contains("john.")
            ? Responses.Error(404, "resource_not_found", "username john. doesn't exist!")
            : Responses.Json("{\"data\":{\"newmembers\":[" + string.Join(",", SentUsers(request).Select(u => $"\"{u}\"")) + "]}}"));
        using var client = TestClients.Create(handler);

        var outcomes = await client.AddChatroomMembersAsync("1", OddNames, CancellationToken.None);

        Assert.Equal(OddNames.Select(u => u != "john."), outcomes.Select(o => o.Succeeded));
        Assert.Equal("username john. doesn't exist!", outcomes[4].Error!.ErrorDescription);
        Assert.Equal(2, handler.ApiRequests.Count);
    }

    [Fact]
    public async Task A_refusal_of_no_documented_form_splits_the_batch_until_each_user_answers_for_itself()
    {
        // The server names nobody: a message that merely contains the names must not decide.
        var handler = FakeHttpHandler.ForApi(request => SentUsers(request).Contains("owner")
            ? Responses.Error(400, "forbidden_op", "some users of [username, members, owner] cannot be added")
            : Responses.Json("{\"data\":{\"newmembers\":[" + string.Join(",", SentUsers(request).Select(u => $"\"{u}\"")) + "]}}"));
        using var client = TestClients.Create(handler);

        var outcomes = await client.AddChatroomMembersAsync("1", OddNames, CancellationToken.None);

        Assert.Equal(OddNames.Select(u => u != "owner"), outcomes.Select(o => o.Succeeded));
        Assert.Contains(handler.ApiRequests, r => SentUsers(r).SequenceEqual(new[] { "owner" }));
        // Every user was sent until its own answer came: none failed for a neighbour.
        Assert.All(OddNames.Where(u => u != "owner"), u => Assert.Contains(handler.ApiRequests, r => SentUsers(r).Contains(u) && !SentUsers(r).Contains("owner")));
    }

    [Fact]
    public async Task A_refusal_naming_the_chatroom_fails_every_user_without_splitting()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(404, "resource_not_found", "grpID 1 does not exist!"));
        using var client = TestClients.Create(handler);

        var outcomes = await client.AddChatroomMembersAsync("1", OddNames, CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal(404, o.Error!.StatusCode));
        Assert.Single(handler.ApiRequests);
    }

    [Fact]
    public async Task A_removal_refused_after_an_uncertain_attempt_is_done_only_for_the_documented_not_a_member_reason()
    {
        // The first DELETE applied but answered 500; the retry finds homeowner1 gone ("owner" is part of its name, not
        // a refusal about the owner) while "owner" is refused for another reason.
        var calls = 0;
        var handler = FakeHttpHandler.ForApi(_ => Interlocked.Increment(ref calls) == 1
            ? Responses.Error(500, "internal_server_error")
            : Responses.Json("{\"data\":[{\"result\":false,\"reason\":\"user: homeowner1 doesn't exist in group: 1\",\"user\":\"homeowner1\"},"
                + "{\"result\":false,\"reason\":\"user: owner is the owner of group: 1 and cannot be removed\",\"user\":\"owner\"}]}"));
        using var client = TestClients.Create(handler, clock: new TestClock());

        var outcomes = await client.RemoveChatroomMembersAsync("1", new[] { "homeowner1", "owner" }, CancellationToken.None);

        Assert.True(outcomes[0].Succeeded);
        Assert.Equal("user: owner is the owner of group: 1 and cannot be removed", outcomes[1].Error!.ErrorDescription);
    }

    [Fact]
    public async Task A_first_try_not_a_member_reason_is_the_user_s_error()
    {
        var handler = FakeHttpHandler.ForJson("{\"data\":[{\"result\":false,\"reason\":\"user: homeowner1 doesn't exist in group: 1\",\"user\":\"homeowner1\"}]}");
        using var client = TestClients.Create(handler);

        var outcome = Assert.Single(await client.RemoveChatroomMembersAsync("1", new[] { "homeowner1" }, CancellationToken.None));

        Assert.False(outcome.Succeeded);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_admin_removal_refused_after_an_uncertain_attempt_asks_the_admin_list(bool stillAdmin)
    {
        var deletes = 0;
        var handler = FakeHttpHandler.ForApi(request => request.Method == "GET"
            ? Responses.Json(stillAdmin ? "{\"data\":[\"bob\"]}" : "{\"data\":[]}")
            : Interlocked.Increment(ref deletes) == 1
                ? Responses.Error(500, "internal_server_error")
                : Responses.Error(403, "forbidden_op", "not an admin"));
        using var client = TestClients.Create(handler, clock: new TestClock());

        var removal = client.RemoveChatroomAdminAsync("1", "bob", CancellationToken.None);

        if (stillAdmin) Assert.Equal(403, (await Assert.ThrowsAsync<EasemobApiException>(() => removal)).StatusCode);
        else await removal;
        Assert.Equal(new[] { "DELETE", "DELETE", "GET" }, handler.ApiRequests.Select(r => r.Method));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_admin_add_whose_answer_was_lost_is_looked_up_not_repeated_blindly(bool applied)
    {
        var posts = 0;
        var handler = FakeHttpHandler.ForApi(request => request.Method == "GET"
            ? Responses.Json(applied || posts > 1 ? "{\"data\":[\"bob\"]}" : "{\"data\":[]}")
            : Interlocked.Increment(ref posts) == 1
                ? Responses.Error(500, "internal_server_error")
                : Responses.Json("{\"data\":{\"result\":\"success\",\"newadmin\":\"bob\"}}"));
        using var client = TestClients.Create(handler, clock: new TestClock());

        await client.AddChatroomAdminAsync("1", "bob", CancellationToken.None);

        Assert.Equal(applied ? new[] { "POST", "GET" } : new[] { "POST", "GET", "POST" }, handler.ApiRequests.Select(r => r.Method));
    }
}
