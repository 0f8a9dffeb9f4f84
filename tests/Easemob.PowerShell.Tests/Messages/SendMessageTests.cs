using System.Management.Automation;
using System.Text.Json;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Messages;

/// <summary>Send-EmChatroomMessage and Send-EmUserMessage against the emulator.</summary>
public class SendMessageTests
{
    private static List<EmulatorRequest> Sends(EmulatorHost host) => host.ApiRequests().Where(r => r.Path.Contains("/messages/")).ToList();

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Piped_chatrooms_go_10_per_request_and_each_gets_its_receipt_and_one_stored_message()
    {
        using var host = new EmulatorHost();
        var ids = Enumerable.Range(0, 25).Select(i => host.Store.AddChatroom("r" + i, "u1")).ToArray();
        host.ClearRequests();

        var receipts = host.Run("Get-EmChatroom | Send-EmChatroomMessage -Text 'Maintenance at 22:00 UTC'").ThrowIfErrors().Objects<EmMessageReceipt>();

        Assert.Equal(ids.OrderBy(i => i), receipts.Select(r => r.To).OrderBy(i => i));
        Assert.Equal(3, Sends(host).Count);
        Assert.All(Sends(host), r => Assert.Equal("/demo-org/demo-app/messages/chatrooms", r.Path));
        foreach (var receipt in receipts)
        {
            var stored = Assert.Single(host.Store.Messages.ToChatroom(receipt.To));
            Assert.Equal(stored.Id, receipt.MessageId);
            Assert.Equal("admin", stored.From);
            Assert.Equal("admin", receipt.From);
            Assert.Equal(EmChatType.Chatroom, receipt.ChatType);
            Assert.Equal("txt", stored.Type);
            Assert.Equal("Maintenance at 22:00 UTC", Json(stored.BodyJson).GetProperty("msg").GetString());
            Assert.Null(stored.ExtensionJson);
        }
    }

    [Fact]
    public void A_custom_message_carries_its_event_extensions_ext_priority_and_the_silent_flag()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");

        var receipt = host.Run("Send-EmChatroomMessage -Id $args[0] -CustomEvent gift/sent -CustomExtension @{ amount = 5 } -Extension @{ campaign = 'x'; nested = @{ n = 1; list = 1,2 } } -Priority High -Silent -From u2", id)
            .ThrowIfErrors().Objects<EmMessageReceipt>().Single();

        var stored = Assert.Single(host.Store.Messages.ToChatroom(id));
        Assert.Equal("u2", receipt.From);
        Assert.Equal("u2", stored.From);
        Assert.Equal("custom", stored.Type);
        Assert.Equal("high", stored.Priority);
        var body = Json(stored.BodyJson);
        Assert.Equal("gift/sent", body.GetProperty("customEvent").GetString());
        Assert.Equal("5", body.GetProperty("customExts").GetProperty("amount").GetString());
        var ext = Json(stored.ExtensionJson!);
        Assert.Equal("x", ext.GetProperty("campaign").GetString());
        Assert.Equal(1, ext.GetProperty("nested").GetProperty("n").GetInt32());
        Assert.Equal(2, ext.GetProperty("nested").GetProperty("list").GetArrayLength());
        Assert.True(ext.GetProperty("em_ignore_notification").GetBoolean());
    }

    [Fact]
    public void A_directed_message_goes_one_room_per_request_to_the_named_members()
    {
        using var host = new EmulatorHost();
        var a = host.Store.AddChatroom("a", "u1");
        var b = host.Store.AddChatroom("b", "u1");
        host.ClearRequests();

        var receipts = host.Run("$args[0], $args[1] | Send-EmChatroomMessage -Command refresh -ToUser u2,u3", a, b).ThrowIfErrors().Objects<EmMessageReceipt>();

        Assert.Equal(new[] { a, b }, receipts.Select(r => r.To));
        Assert.Equal(2, Sends(host).Count(r => r.Path.EndsWith("/messages/chatrooms/users", StringComparison.Ordinal)));
        var stored = host.Store.Messages.All;
        Assert.All(stored, m => Assert.Equal(new[] { "u2", "u3" }, m.DirectedTo));
        Assert.All(stored, m => Assert.Equal("refresh", Json(m.BodyJson).GetProperty("action").GetString()));
    }

    [Fact]
    public void Piped_groups_go_3_per_request_each_once_and_each_gets_its_receipt()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var receipts = host.Run("1..7 | ForEach-Object { [pscustomobject]@{ GroupId = \"40000000000000$_\" } } | Send-EmGroupMessage -Text notice; Send-EmGroupMessage -Id 400000000000001 -Text again")
            .ThrowIfErrors().Objects<EmMessageReceipt>();

        Assert.Equal(8, receipts.Count);
        var sends = Sends(host);
        Assert.Equal(4, sends.Count); // 7 groups in 3 requests, then the second command's one
        Assert.All(sends, r => Assert.Equal("/demo-org/demo-app/messages/chatgroups", r.Path));
        foreach (var receipt in receipts.Take(7))
        {
            Assert.Equal(EmChatType.GroupChat, receipt.ChatType);
            Assert.Equal(receipt.MessageId, Assert.Single(host.Store.Messages.ToGroup(receipt.To), m => m.Id == receipt.MessageId).Id);
        }
        Assert.Equal(2, host.Store.Messages.ToGroup("400000000000001").Count);
    }

    [Fact]
    public void A_directed_group_message_goes_one_group_per_request_to_the_named_members()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var receipts = host.Run("Send-EmGroupMessage -Id 400000000000001, 400000000000002 -Text 'watch spammer1' -ToUser mod1, mod2").ThrowIfErrors().Objects<EmMessageReceipt>();

        Assert.Equal(new[] { "400000000000001", "400000000000002" }, receipts.Select(r => r.To));
        Assert.Equal(2, Sends(host).Count(r => r.Path.EndsWith("/messages/chatgroups/users", StringComparison.Ordinal)));
        Assert.All(host.Store.Messages.All, m => Assert.Equal(new[] { "mod1", "mod2" }, m.DirectedTo));
    }

    [Fact]
    public void Users_from_the_whole_pipeline_go_600_per_request_each_once()
    {
        using var host = new EmulatorHost();
        var users = Enumerable.Range(0, 1300).Select(i => "user" + i).ToArray();

        // Repeated (in another case) in the pipeline: sent once.
        var receipts = host.Run("$args[0] | Send-EmUserMessage -Text hello -SyncDevice -OnlineOnly -From u1", (object)users.Append("USER7").ToArray())
            .ThrowIfErrors().Objects<EmMessageReceipt>();

        Assert.Equal(1300, receipts.Count);
        Assert.Equal(1300, receipts.Select(r => r.MessageId).Distinct().Count());
        Assert.Equal(3, Sends(host).Count);
        Assert.All(Sends(host), r => Assert.EndsWith("/messages/users", r.Path, StringComparison.Ordinal));
        Assert.All(receipts, r => Assert.Equal(EmChatType.Chat, r.ChatType));
        var stored = host.Store.Messages.All;
        Assert.Equal(1300, stored.Count);
        Assert.All(stored, m => Assert.True(m.SyncDevice && m.OnlineOnly && m.From == "u1" && m.ChatType == "chat"));
        Assert.Equal(receipts.Single(r => r.To == "user42").MessageId, Assert.Single(host.Store.Messages.ToUser("user42")).Id);
    }

    [Theory]
    [InlineData("Send-EmChatroomMessage -Id 1 -Text ('x' * 5200)", "Easemob.MessageTooLarge")]
    [InlineData("Send-EmUserMessage -Username u2 -Text hi -Extension @{ blob = ('é' * 2600) }", "Easemob.MessageTooLarge")]
    [InlineData("Send-EmChatroomMessage -Id 1 -CustomEvent 'has space'", "Easemob.InvalidCustomEvent")]
    [InlineData("Send-EmChatroomMessage -Id 1 -CustomEvent ('e' * 33)", "Easemob.InvalidCustomEvent")]
    [InlineData("$t = @{}; 1..17 | ForEach-Object { $t[\"k$_\"] = 'v' }; Send-EmUserMessage -Username u2 -CustomEvent e -CustomExtension $t", "Easemob.TooManyCustomExtensions")]
    [InlineData("Send-EmUserMessage -Username u2 -Text hi -From 'not a name'", "Easemob.InvalidSender")]
    [InlineData("Send-EmChatroomMessage -Id 1 -Text hi -ToUser 'bad name'", "Easemob.InvalidUsername")]
    [InlineData("Send-EmChatroomMessage -Id 1 -Text hi -ToUser (1..21 | ForEach-Object { \"u$_\" })", "ParameterArgumentValidationError")]
    public void Bad_input_is_refused_before_anything_is_sent(string script, string errorId)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var result = host.Run(script);

        Assert.StartsWith(errorId, result.FirstError!.FullyQualifiedErrorId);
        Assert.Empty(host.ApiRequests());
        Assert.Empty(host.Store.Messages.All);
    }

    [Fact]
    public void A_blank_id_is_its_own_error_and_the_other_rooms_are_sent()
    {
        using var host = new EmulatorHost();

        var result = host.Run("'1', ' ', '2' | Send-EmChatroomMessage -Text hi");

        Assert.Equal("Easemob.InvalidChatroomId", Assert.Single(result.Errors).FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(new[] { "1", "2" }, result.Objects<EmMessageReceipt>().Select(r => r.To));
    }

    [Fact]
    public void WhatIf_sends_nothing()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("r", "u1");
        host.ClearRequests();

        host.Run("Get-EmChatroom | Send-EmChatroomMessage -Text hi -WhatIf; Send-EmUserMessage -Username u1,u2 -Text hi -WhatIf; Send-EmGroupMessage -Id 1,2 -Text hi -WhatIf").ThrowIfErrors();

        Assert.Empty(Sends(host));
        Assert.Empty(host.Store.Messages.All);
    }

    [Fact]
    public void Receipts_show_as_a_table()
    {
        using var host = new EmulatorHost();

        var text = host.Ps.Render("Send-EmChatroomMessage -Id 123 -Text hi");

        Assert.Matches(@"MessageId\s+ChatType\s+To\s+From\s+SentOn", text);
        Assert.Matches(@"\d+\s+Chatroom\s+123\s+admin\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ", text);
    }
}
