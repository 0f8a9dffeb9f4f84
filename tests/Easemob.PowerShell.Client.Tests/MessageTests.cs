using System.Text.Json;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Policies;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>Message sends: the vendor's example answers, what is sent, what is retried, and the message rate.</summary>
public sealed class MessageTests
{
    private static JsonElement Sent(FakeHttpHandler handler) => JsonDocument.Parse(Assert.Single(handler.ApiRequests).Body!).RootElement;

    [Fact]
    public async Task ChatroomSend_ReadsTheVendorExample_AndSendsTheDocumentedFields()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.send-chatroom"));
        using var client = TestClients.Create(handler);
        var message = OutgoingMessage.Text("testmessages", "user1", new Dictionary<string, object?> { ["k"] = 1 }, silent: true);

        var result = await client.SendChatroomMessageAsync(new[] { "185145305923585" }, message, EmMessagePriority.Low, null, CancellationToken.None);

        Assert.True(result.TryGetMessageId("185145305923585", out var id, out _));
        Assert.Equal("1029545553039460728", id);
        Assert.False(result.TryGetMessageId("185145305923586", out _, out var unreported));
        Assert.True(unreported!.MayExist);
        Assert.Contains("/messages/chatrooms", unreported.RequestUri);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1657254052191), result.SentOn);
        Assert.Equal(TestClients.Root + "messages/chatrooms", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        var body = Sent(handler);
        Assert.Equal("user1", body.GetProperty("from").GetString());
        Assert.Equal("185145305923585", body.GetProperty("to")[0].GetString());
        Assert.Equal("txt", body.GetProperty("type").GetString());
        Assert.Equal("testmessages", body.GetProperty("body").GetProperty("msg").GetString());
        Assert.Equal("low", body.GetProperty("chatroom_msg_level").GetString());
        Assert.Equal(1, body.GetProperty("ext").GetProperty("k").GetInt32());
        Assert.True(body.GetProperty("ext").GetProperty("em_ignore_notification").GetBoolean());
        Assert.False(body.TryGetProperty("users", out _));
    }

    [Fact]
    public async Task DirectedSend_GoesToTheUsersPath_WithTheMembers()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.send-chatroom"));
        using var client = TestClients.Create(handler);

        await client.SendChatroomMessageAsync(new[] { "185145305923585" }, OutgoingMessage.Command("action1"), null, new[] { "user2", "user3" }, CancellationToken.None);

        Assert.Equal(TestClients.Root + "messages/chatrooms/users", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        var body = Sent(handler);
        Assert.Equal(new[] { "user2", "user3" }, body.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("action1", body.GetProperty("body").GetProperty("action").GetString());
        Assert.False(body.TryGetProperty("from", out _));
        Assert.False(body.TryGetProperty("ext", out _));
        Assert.False(body.TryGetProperty("chatroom_msg_level", out _));
    }

    [Fact]
    public async Task GroupSend_ReadsTheVendorExample_AndGoesToTheGroupPaths_WithoutTheChatroomLevel()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.send-group"));
        using var client = TestClients.Create(handler);

        var result = await client.SendGroupMessageAsync(new[] { "184524748161025" }, OutgoingMessage.Text("testmessages"), null, CancellationToken.None);
        await client.SendGroupMessageAsync(new[] { "184524748161025" }, OutgoingMessage.Text("hi"), new[] { "user2" }, CancellationToken.None);

        Assert.True(result.TryGetMessageId("184524748161025", out var id, out _));
        Assert.Equal("1029544257947437432", id);
        Assert.Equal(new[] { TestClients.Root + "messages/chatgroups", TestClients.Root + "messages/chatgroups/users" },
            handler.ApiRequests.Select(r => r.Uri.AbsoluteUri));
        var body = JsonDocument.Parse(handler.ApiRequests[0].Body!).RootElement;
        Assert.Equal("184524748161025", body.GetProperty("to")[0].GetString());
        Assert.False(body.TryGetProperty("chatroom_msg_level", out _));
        Assert.Equal("user2", JsonDocument.Parse(handler.ApiRequests[1].Body!).RootElement.GetProperty("users")[0].GetString());
        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.SendGroupMessageAsync(new[] { "1", "2", "3", "4" }, OutgoingMessage.Text("hi"), null, CancellationToken.None));
    }

    [Fact]
    public async Task UserSend_ReadsTheVendorExample_IgnoringCase_AndSendsRouteAndSync()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.send-users"));
        using var client = TestClients.Create(handler);
        var message = OutgoingMessage.Custom("custom_event", new Dictionary<string, string> { ["ext_key1"] = "ext_value1" });

        var result = await client.SendUserMessageAsync(new[] { "User2" }, message, syncDevice: true, onlineOnly: true, CancellationToken.None);

        Assert.True(result.TryGetMessageId("USER2", out var id, out _));
        Assert.Equal("1029457500870543736", id);
        var body = Sent(handler);
        Assert.Equal(TestClients.Root + "messages/users", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        Assert.Equal("custom", body.GetProperty("type").GetString());
        Assert.Equal("ext_value1", body.GetProperty("body").GetProperty("customExts").GetProperty("ext_key1").GetString());
        Assert.True(body.GetProperty("sync_device").GetBoolean());
        Assert.Equal("ROUTE_ONLINE", body.GetProperty("routetype").GetString());
    }

    [Fact]
    public async Task TheMessageLimit403_IsRetriedAsNotSent_ButForbiddenOpIsNot()
    {
        var attempts = 0;
        var handler = FakeHttpHandler.ForApi(_ => ++attempts == 1
            ? Responses.Error(403, EmErrorCodes.MessageSendError, "message send reach limit")
            : Responses.Json(Responses.Fixture("messages.send-users")));
        using var client = TestClients.Create(handler, clock: new TestClock());

        var result = await client.SendUserMessageAsync(new[] { "user2" }, OutgoingMessage.Text("hi"), false, false, CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.True(result.TryGetMessageId("user2", out var id, out _));
        Assert.Equal("1029457500870543736", id);

        var refused = FakeHttpHandler.ForApi(_ => Responses.Error(403, EmErrorCodes.ForbiddenOp, "message broadcast service is unopened"));
        using var refusedClient = TestClients.Create(refused, clock: new TestClock());
        var error = await Assert.ThrowsAsync<EasemobApiException>(() => refusedClient.SendUserMessageAsync(new[] { "user2" }, OutgoingMessage.Text("hi"), false, false, CancellationToken.None));
        Assert.Single(refused.ApiRequests);
        Assert.False(error.MayExist);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(504)]
    public async Task ASendThatMayHaveReachedTheServer_IsNeverRepeated_AndSaysItMayHaveBeenDelivered(int status)
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(status, "internal_server_error"));
        using var client = TestClients.Create(handler, clock: new TestClock());

        var error = await Assert.ThrowsAsync<EasemobApiException>(() =>
            client.SendChatroomMessageAsync(new[] { "1", "2" }, OutgoingMessage.Text("hi"), null, null, CancellationToken.None));

        Assert.Single(handler.ApiRequests);
        Assert.True(error.MayExist);
        Assert.Contains("may have been delivered", error.Message);
    }

    [Fact]
    public async Task TooManyTargets_AreRefusedBeforeSending()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.send-users"));
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendChatroomMessageAsync(
            Enumerable.Range(0, 11).Select(i => i.ToString()).ToArray(), OutgoingMessage.Text("hi"), null, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendUserMessageAsync(
            Enumerable.Range(0, 601).Select(i => "u" + i).ToArray(), OutgoingMessage.Text("hi"), false, false, CancellationToken.None));
        Assert.Empty(handler.ApiRequests);
    }

    [Fact]
    public void ContentBytes_CountBodyAndExtAsSent_InUtf8()
    {
        var plain = OutgoingMessage.Text("abc");
        var accented = OutgoingMessage.Text("é", extension: new Dictionary<string, object?> { ["a"] = "b" });

        Assert.Equal("""{"msg":"abc"}""".Length, plain.ContentBytes);
        Assert.Equal("""{"msg":"é"}""".Length + 1 + """{"a":"b"}""".Length, accented.ContentBytes);
    }

    [Fact]
    public async Task TheMessageGate_HoldsACallUntilItsMessagesFit_ThenFreesThemAWindowAfterTheAnswer()
    {
        var clock = new TestClock();
        var calls = new SlidingWindowGate(EmApiFamily.ChatroomMessage, 100, clock);
        var gate = new MessageRateGate(EmApiFamily.ChatroomMessage, calls, 10, TimeSpan.FromSeconds(1), clock);

        var first = await gate.EnterAsync(6, RequestTracer.None, CancellationToken.None);
        first.Dispose();
        var second = await gate.EnterAsync(4, RequestTracer.None, CancellationToken.None);
        Assert.Empty(clock.Delays);
        second.Dispose();

        // 6 + 4 + 1 > 10: the third waits until the first call's messages leave the window.
        var endedAt = first.EndedAt!.Value;
        var before = clock.Elapsed;
        using var third = await gate.EnterAsync(1, RequestTracer.None, CancellationToken.None);
        var waited = Assert.Single(clock.Delays);
        Assert.InRange(waited, endedAt + gate.Window - before - TimeSpan.FromMilliseconds(50), endedAt + gate.Window - before);
        Assert.True(gate.Window > TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task BatchRecall_ReadsTheVendorExample_AndSendsEachMessage()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.batch-recall"));
        using var client = TestClients.Create(handler);
        var recalls = new[]
        {
            new MessageRecall("1028442XXXX94698104", "d95XXXX81c64", EmChatType.Chatroom, "18XXXXebf262", force: false),
            new MessageRecall("104367XXXX564398104", "d9571XXXXc64", EmChatType.Chat, null, force: true),
        };

        var errors = await client.RecallMessagesAsync(recalls, CancellationToken.None);

        Assert.All(errors, Assert.Null);
        Assert.Equal(TestClients.Root + "messages/batch_recall", Assert.Single(handler.ApiRequests).Uri.AbsoluteUri);
        var sent = Sent(handler).GetProperty("msgs");
        Assert.Equal(("1028442XXXX94698104", "d95XXXX81c64", "chatroom", "18XXXXebf262", false),
            (sent[0].GetProperty("msg_id").GetString(), sent[0].GetProperty("to").GetString(), sent[0].GetProperty("chat_type").GetString(),
             sent[0].GetProperty("from").GetString(), sent[0].GetProperty("force").GetBoolean()));
        Assert.False(sent[1].TryGetProperty("from", out _));
        Assert.True(sent[1].GetProperty("force").GetBoolean());
    }

    [Fact]
    public async Task AMessageTheBatchDidNotRecall_IsRecalledAlone_AndGetsItsOwnAnswer()
    {
        // The batch answers only the first (the vendor's single example is the second's alone answer shape).
        var handler = FakeHttpHandler.ForApi(request => request.Uri.AbsolutePath.EndsWith("/batch_recall", StringComparison.Ordinal)
            ? Responses.Json("""{"data":[{"recalled":"yes","msg_id":"1"},{"recalled":"no","msg_id":"1028442084794698104"}]}""")
            : Responses.Error(403, EmErrorCodes.MessageRecallError, "exceed recall time limit"));
        using var client = TestClients.Create(handler);

        var errors = await client.RecallMessagesAsync(new[]
        {
            new MessageRecall("1", "u", EmChatType.Chat, null, false),
            new MessageRecall("1028442084794698104", "u", EmChatType.Chat, null, false),
        }, CancellationToken.None);

        Assert.Null(errors[0]);
        Assert.True(EasemobClient.IsRecallWindowPassed(errors[1]!));
        Assert.EndsWith("/messages/msg_recall", handler.ApiRequests[1].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereBatchRecallIsNotOffered_EachMessageIsRecalledAlone_ReadingTheVendorExample()
    {
        var handler = FakeHttpHandler.ForApi(request => request.Uri.AbsolutePath.EndsWith("/batch_recall", StringComparison.Ordinal)
            ? Responses.Error(404, EmErrorCodes.ServiceResourceNotFound)
            : Responses.Json(Responses.Fixture("messages.recall")));
        using var client = TestClients.Create(handler);

        var errors = await client.RecallMessagesAsync(new[] { new MessageRecall("1028442084794698104", "user2", EmChatType.Chat, "user1", true) }, CancellationToken.None);

        Assert.Null(Assert.Single(errors));
        Assert.Equal(2, handler.ApiRequests.Count);
    }

    [Fact]
    public async Task ARecallRetriedAfterAnUncertainAttempt_TakesNotFoundAsThatAttemptsRecall()
    {
        var attempts = 0;
        var handler = FakeHttpHandler.ForApi(request => request.Uri.AbsolutePath.EndsWith("/batch_recall", StringComparison.Ordinal)
            ? (++attempts == 1 ? Responses.Error(500, "internal_server_error") : Responses.Json("""{"data":[{"recalled":"no","msg_id":"7"}]}"""))
            : Responses.Error(400, EmErrorCodes.MessageRecallError, "can't find msg to"));
        using var client = TestClients.Create(handler, clock: new TestClock());

        var errors = await client.RecallMessagesAsync(new[] { new MessageRecall("7", "u", EmChatType.Chat, null, false) }, CancellationToken.None);

        Assert.Null(Assert.Single(errors));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Modify_ReadsTheVendorExample_AndSendsTheNewMessage()
    {
        var handler = FakeHttpHandler.ForJson(Responses.Fixture("messages.rewrite"));
        using var client = TestClients.Create(handler);
        var message = OutgoingMessage.Custom("custom_event", new Dictionary<string, string> { ["ext_key1"] = "ext_value1" }, "user1",
            new Dictionary<string, object?> { ["key"] = "value" });

        await client.ModifyMessageAsync("1235807318835202004", message, replaceExtension: false, CancellationToken.None);

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal("PUT " + TestClients.Root + "messages/rewrite/1235807318835202004", request.ToString());
        var body = Sent(handler);
        Assert.Equal("user1", body.GetProperty("user").GetString());
        Assert.Equal("custom", body.GetProperty("new_msg").GetProperty("type").GetString());
        Assert.Equal("custom_event", body.GetProperty("new_msg").GetProperty("customEvent").GetString());
        Assert.Equal("value", body.GetProperty("new_ext").GetProperty("key").GetString());
        Assert.True(body.GetProperty("is_combine_ext").GetBoolean());
        await Assert.ThrowsAsync<ArgumentException>(() => client.ModifyMessageAsync("1", OutgoingMessage.Command("a"), false, CancellationToken.None));
    }

    [Fact]
    public async Task Modify401_IsNotATokenRefusal()
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(401, EmErrorCodes.MessageRewriteError, "You are not authorized to edit this message."));
        using var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.ModifyMessageAsync("1", OutgoingMessage.Text("x"), false, CancellationToken.None));

        Assert.False(error.IsTokenRefusal);
        Assert.Single(handler.ApiRequests);
        Assert.Single(handler.TokenRequests);
    }

    [Fact]
    public async Task APerMinuteGate_LetsItsCallsGoAtOnce_ThenWaitsAMinuteAfterTheFirstAnswer()
    {
        var clock = new TestClock();
        var gate = new SlidingWindowGate(EmApiFamily.HistoryExport, 10, TimeSpan.FromMinutes(1), clock);
        var first = await gate.EnterAsync(RequestTracer.None, CancellationToken.None);
        first.Dispose();
        for (var i = 1; i < 10; i++) (await gate.EnterAsync(RequestTracer.None, CancellationToken.None)).Dispose();
        Assert.Empty(clock.Delays);

        using var eleventh = await gate.EnterAsync(RequestTracer.None, CancellationToken.None);

        Assert.InRange(clock.Delays.Sum(d => d.TotalSeconds), 59, 60.01);
        Assert.Equal(10, gate.Permits);
    }

    [Fact]
    public async Task Broadcasts_ReadTheVendorsNumericId_AndSendTheDocumentedBody()
    {
        var handler = FakeHttpHandler.ForJson("""{"path":"/messages/broadcast","action":"post","data":{"id":1365344904091349007},"duration":0}""");
        using var client = TestClients.Create(handler);

        var id = await client.SendUserBroadcastAsync(OutgoingMessage.Text("send broadcast to all users", extension: new Dictionary<string, object?> { ["extKey"] = "extValue" }), onlineOnly: false, CancellationToken.None);
        await client.SendUserBroadcastAsync(OutgoingMessage.Text("x"), onlineOnly: true, CancellationToken.None);
        await client.SendChatroomBroadcastAsync(OutgoingMessage.Command("action1"), EmMessagePriority.Low, CancellationToken.None);

        Assert.Equal("1365344904091349007", id);
        var requests = handler.ApiRequests;
        Assert.Equal(new[] { "messages/broadcast", "messages/users/broadcast", "messages/chatrooms/broadcast" },
            requests.Select(r => r.Uri.AbsoluteUri.Substring(TestClients.Root.Length)));
        var all = JsonDocument.Parse(requests[0].Body!).RootElement;
        Assert.Equal(("users", "admin", "txt", "send broadcast to all users", "extValue"), (all.GetProperty("target_type").GetString(), all.GetProperty("from").GetString(),
            all.GetProperty("msg").GetProperty("type").GetString(), all.GetProperty("msg").GetProperty("msg").GetString(), all.GetProperty("ext").GetProperty("extKey").GetString()));
        Assert.False(JsonDocument.Parse(requests[1].Body!).RootElement.TryGetProperty("target_type", out _));
        var rooms = JsonDocument.Parse(requests[2].Body!).RootElement;
        Assert.Equal(("low", "action1"), (rooms.GetProperty("chatroom_msg_level").GetString(), rooms.GetProperty("msg").GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData(429, "reach_limit", false)]
    [InlineData(503, "service_unavailable", false)]
    [InlineData(500, "internal_server_error", true)]
    public async Task ABroadcast_IsNeverRetried_AndALostAnswerSaysItMayHaveBeenSent(int status, string code, bool mayExist)
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(status, code, "refused"));
        using var client = TestClients.Create(handler, clock: new TestClock());

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.SendChatroomBroadcastAsync(OutgoingMessage.Text("x"), null, CancellationToken.None));

        Assert.Single(handler.ApiRequests);
        Assert.Equal(mayExist, error.MayExist);
    }

    [Fact]
    public async Task TheGovernor_PacesNeitherDownloadsNorBroadcasts_ButSendsCountTheirRecipients()
    {
        var clock = new TestClock();
        var governor = RateGovernor.Create(1.0, clock);

        foreach (var family in new[] { EmApiFamily.HistoryDownload, EmApiFamily.ChatroomBroadcast, EmApiFamily.UserBroadcast, EmApiFamily.OnlineUserBroadcast })
        {
            for (var i = 0; i < 50; i++) Assert.Same(RateLease.Untracked, await governor.EnterAsync(family, 0, RequestTracer.None, CancellationToken.None));
        }
        // 100 chatroom messages a second: ten sends of ten rooms fill the window, the eleventh waits for it.
        for (var i = 0; i < 10; i++) (await governor.EnterAsync(EmApiFamily.ChatroomMessage, 10, RequestTracer.None, CancellationToken.None)).Dispose();
        Assert.Empty(clock.Delays);
        (await governor.EnterAsync(EmApiFamily.ChatroomMessage, 10, RequestTracer.None, CancellationToken.None)).Dispose();
        Assert.NotEmpty(clock.Delays);
    }
}
