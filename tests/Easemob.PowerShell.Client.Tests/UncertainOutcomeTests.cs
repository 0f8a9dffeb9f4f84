using System.Text.Json;
using Easemob.PowerShell.Client.Chatrooms;
using Easemob.PowerShell.Client.Tests.Support;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>
/// A create whose answer was lost (here a 500 after the fake server made the room) is resolved by a lookup: found
/// is success, not found is retried, and a failed lookup is reported as "may exist". Never a duplicate.
/// </summary>
public sealed class UncertainOutcomeTests
{
    private static readonly TestClock Clock = new();
    private static readonly long Now = Clock.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>A fake chatroom service: creates apply and then answer with <paramref name="createAnswer"/> (null: the id).</summary>
    private sealed class FakeChatrooms
    {
        private readonly object _gate = new();
        private readonly List<(string Id, string Name, string Owner, long Created)> _rooms = new();
        private int _posts;

        public Func<int, bool> PostApplies { get; init; } = _ => true;

        public Func<int, HttpResponseMessage?> PostAnswer { get; init; } = _ => Responses.Error(500, "internal_server_error");

        public Func<RecordedRequest, HttpResponseMessage?> Lookup { get; init; } = _ => null;

        public int Posts => _posts;

        public void Add(string id, string name, string owner, long created)
        {
            lock (_gate) _rooms.Add((id, name, owner, created));
        }

        public HttpResponseMessage Answer(RecordedRequest request)
        {
            if (request.Method == "POST")
            {
                var post = Interlocked.Increment(ref _posts);
                using var body = JsonDocument.Parse(request.Body!);
                string? id = null;
                if (PostApplies(post))
                {
                    id = (100 + post).ToString();
                    Add(id, body.RootElement.GetProperty("name").GetString()!, body.RootElement.GetProperty("owner").GetString()!, Now + post);
                }
                return PostAnswer(post) ?? Responses.Json($$$"""{"data":{"id":"{{{id}}}"}}""");
            }

            if (Lookup(request) is { } answer) return answer;
            lock (_gate)
            {
                if (request.Uri.AbsolutePath.EndsWith("/joined_chatrooms", StringComparison.Ordinal))
                {
                    var joined = _rooms.AsEnumerable().Reverse().Select(r => $$"""{"id":"{{r.Id}}","name":"{{r.Name}}","disabled":"false"}""");
                    return Responses.Json("{\"data\":[" + string.Join(",", joined) + "]}");
                }

                var ids = Uri.UnescapeDataString(request.Uri.Segments.Last()).Split(',');
                var details = _rooms.Where(r => ids.Contains(r.Id)).Select(r => $$"""{"id":"{{r.Id}}","name":"{{r.Name}}","owner":"{{r.Owner}}","created":{{r.Created}}}""");
                return Responses.Json("{\"data\":[" + string.Join(",", details) + "]}");
            }
        }
    }

    private static NewChatroomRequest Room(string name = "lobby") => new() { Name = name, Owner = "o" };

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_found_and_not_repeated()
    {
        var server = new FakeChatrooms();
        using var client = TestClients.Create(FakeHttpHandler.ForApi(server.Answer), clock: Clock);

        Assert.Equal("101", await client.CreateChatroomAsync(Room(), CancellationToken.None));
        Assert.Equal(1, server.Posts);
    }

    [Fact]
    public async Task Two_creates_of_one_run_with_the_same_name_and_owner_never_claim_the_same_room()
    {
        var server = new FakeChatrooms();
        using var client = TestClients.Create(FakeHttpHandler.ForApi(server.Answer), clock: Clock);
        var run = new ChatroomCreateRun();

        var ids = await Task.WhenAll(client.CreateChatroomAsync(Room(), run, CancellationToken.None), client.CreateChatroomAsync(Room(), run, CancellationToken.None));

        Assert.Equal(new[] { "101", "102" }, ids.OrderBy(i => i));
        Assert.Equal(2, server.Posts);
    }

    [Fact]
    public async Task A_room_made_before_the_attempt_is_not_claimed_and_the_create_is_retried()
    {
        // The first attempt did not apply; an older room of the same name and owner must not pass for it.
        var server = new FakeChatrooms { PostApplies = post => post > 1, PostAnswer = post => post == 1 ? Responses.Error(500, "internal_server_error") : null };
        server.Add("7", "lobby", "o", Now - (long)TimeSpan.FromDays(1).TotalMilliseconds);
        using var client = TestClients.Create(FakeHttpHandler.ForApi(server.Answer), clock: Clock);

        Assert.Equal("102", await client.CreateChatroomAsync(Room(), CancellationToken.None));
        Assert.Equal(2, server.Posts);
    }

    [Fact]
    public async Task When_the_lookup_cannot_answer_the_error_says_the_room_may_exist()
    {
        var server = new FakeChatrooms { Lookup = _ => Responses.Error(500, "internal_server_error") };
        using var client = TestClients.Create(FakeHttpHandler.ForApi(server.Answer), clock: Clock);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.CreateChatroomAsync(Room(), CancellationToken.None));

        Assert.True(error.MayExist);
        Assert.Contains("The chatroom may exist", error.Message);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(1, server.Posts);
    }

    [Fact]
    public async Task A_create_that_surely_failed_after_every_retry_is_not_said_to_maybe_exist()
    {
        var server = new FakeChatrooms { PostApplies = _ => false };
        using var client = TestClients.Create(FakeHttpHandler.ForApi(server.Answer), options => options.MaxRetry = 2, Clock);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.CreateChatroomAsync(Room(), CancellationToken.None));

        Assert.False(error.MayExist);
        Assert.DoesNotContain("may", error.Message);
        Assert.Equal(3, server.Posts);
    }

    [Fact]
    public async Task A_user_create_whose_answer_was_lost_is_found_by_getting_the_user()
    {
        var posts = 0;
        var handler = FakeHttpHandler.ForApi(request =>
        {
            if (request.Method != "POST") return Responses.Json($$"""{"entities":[{"uuid":"u-1","type":"user","created":{{Now + 1}},"username":"alice","activated":true}]}""");
            Interlocked.Increment(ref posts);
            return Responses.Error(500, "internal_server_error");
        });
        using var client = TestClients.Create(handler, clock: Clock);

        var user = (await client.CreateUsersAsync(new[] { new NewUser("alice", TestClients.Secure("pw"), null) }, CancellationToken.None))[0].Result;

        Assert.Equal("alice", user.Username);
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task A_user_that_existed_before_the_attempt_is_not_taken_for_the_create()
    {
        var posts = 0;
        var handler = FakeHttpHandler.ForApi(request => request.Method == "POST"
            ? (Interlocked.Increment(ref posts) == 1 ? Responses.Error(500, "internal_server_error") : Responses.Error(400, "duplicate_unique_property_exists", "Entity user requires that property named username be unique"))
            : Responses.Json("""{"entities":[{"uuid":"u-1","type":"user","created":1000,"username":"alice","activated":true}]}"""));
        using var client = TestClients.Create(handler, clock: Clock);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.CreateUsersAsync(new[] { new NewUser("alice", TestClients.Secure("pw"), null) }, CancellationToken.None));

        Assert.Equal("duplicate_unique_property_exists", error.ErrorCode);
        Assert.Equal(2, posts);
    }

    [Fact]
    public async Task A_chosen_room_id_makes_already_exists_after_a_lost_answer_the_success()
    {
        var posts = 0;
        var handler = FakeHttpHandler.ForApi(request =>
        {
            Assert.Contains("\"roomid\":\"room7\"", request.Body);
            return Interlocked.Increment(ref posts) == 1
                ? Responses.Error(500, "internal_server_error")
                : Responses.Error(400, "illegal_argument", "group ID room7 already exists!");
        });
        using var client = TestClients.Create(handler, clock: Clock);

        Assert.Equal("room7", await client.CreateChatroomAsync(new NewChatroomRequest { Name = "n", Owner = "o", RoomId = "room7" }, CancellationToken.None));
        Assert.Equal(2, handler.ApiRequests.Count);
        Assert.All(handler.ApiRequests, r => Assert.Equal("POST", r.Method));
    }

    [Fact]
    public async Task An_idempotent_write_that_ran_out_of_retries_after_answers_that_may_have_applied_says_so()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(500, "internal_server_error"));
        using var client = TestClients.Create(handler, options => options.MaxRetry = 1, Clock);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.TransferChatroomOwnerAsync("1", "u2", CancellationToken.None));

        Assert.True(error.MayExist);
        Assert.Contains("may have been made nonetheless", error.Message);
    }

    [Fact]
    public async Task A_read_that_ran_out_of_retries_is_not_said_to_maybe_exist()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(500, "internal_server_error"));
        using var client = TestClients.Create(handler, options => options.MaxRetry = 1, Clock);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.False(error.MayExist);
    }

    [Fact]
    public async Task Reads_sent_as_POST_are_reads_and_a_logout_sent_as_GET_is_a_write()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(500, "internal_server_error"));
        using var client = TestClients.Create(handler, options => options.MaxRetry = 1, Clock);

        var status = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserStatusesAsync(new[] { "u" }, CancellationToken.None));
        var attributes = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetChatroomAttributesAsync("1", null, CancellationToken.None));
        var logout = await Assert.ThrowsAsync<EasemobApiException>(() => client.DisconnectUserAsync("u", null, CancellationToken.None));

        Assert.False(status.MayExist);
        Assert.False(attributes.MayExist);
        Assert.True(logout.MayExist);
    }
}
