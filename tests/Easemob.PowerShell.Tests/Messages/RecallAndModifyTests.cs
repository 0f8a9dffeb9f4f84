using System.Text.Json;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Messages;

/// <summary>Undo-EmMessage and Set-EmMessage against the emulator.</summary>
public class RecallAndModifyTests
{
    private static List<EmulatorRequest> Calls(EmulatorHost host, string path) => host.ApiRequests().Where(r => r.Path.EndsWith(path, StringComparison.Ordinal)).ToList();

    private static string Error(PsResult result) => result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).Distinct().Single();

    [Fact]
    public void Piped_receipts_are_recalled_30_per_request()
    {
        using var host = new EmulatorHost();
        var ids = Enumerable.Range(0, 40).Select(i => "room" + i).ToArray();
        host.Run("$global:sent = $args[0] | Send-EmChatroomMessage -Text oops", (object)ids).ThrowIfErrors();
        host.ClearRequests();

        host.Run("$global:sent | Undo-EmMessage").ThrowIfErrors();

        Assert.Equal(2, Calls(host, "/messages/batch_recall").Count);
        Assert.Empty(Calls(host, "/messages/msg_recall"));
        Assert.All(host.Store.Messages.All, m => Assert.NotNull(m.RecalledOn));
    }

    [Fact]
    public void A_message_named_by_its_id_target_and_chat_type_is_recalled()
    {
        using var host = new EmulatorHost();
        var receipt = host.Run("Send-EmUserMessage -Username u2 -Text hi -From u1").ThrowIfErrors().Objects<EmMessageReceipt>().Single();
        var other = host.Run("Send-EmUserMessage -Username u3 -Text hi -From u1").ThrowIfErrors().Objects<EmMessageReceipt>().Single();

        host.Run("Undo-EmMessage -MessageId $args[0] -To u2 -ChatType Chat -From u1", receipt.MessageId).ThrowIfErrors();

        Assert.NotNull(host.Store.Messages.Find(receipt.MessageId)!.RecalledOn);
        Assert.Null(host.Store.Messages.Find(other.MessageId)!.RecalledOn);
    }

    [Fact]
    public void Past_the_recall_window_is_its_own_error_and_IgnoreRecallWindow_recalls_anyway()
    {
        using var host = new EmulatorHost("-User u1,u2 -RecallWindow 00:00:00");
        host.Run("$global:sent = Send-EmChatroomMessage -Id 1,2 -Text old").ThrowIfErrors();

        var refused = host.Run("$global:sent | Undo-EmMessage");

        Assert.Equal("Easemob.RecallWindowPassed", Error(refused));
        Assert.Equal(2, refused.Errors.Count);
        Assert.All(host.Store.Messages.All, m => Assert.Null(m.RecalledOn));
        Assert.Contains("-IgnoreRecallWindow", refused.Errors[0].ErrorDetails.RecommendedAction);

        host.Run("$global:sent | Undo-EmMessage -IgnoreRecallWindow").ThrowIfErrors();
        Assert.All(host.Store.Messages.All, m => Assert.NotNull(m.RecalledOn));
    }

    [Fact]
    public void An_unknown_message_is_its_own_error_and_the_rest_of_the_batch_is_recalled()
    {
        using var host = new EmulatorHost();
        var sent = host.Run("Send-EmChatroomMessage -Id 1 -Text hi").ThrowIfErrors().Objects<EmMessageReceipt>().Single();

        var result = host.Run("$args[0], [pscustomobject]@{ MessageId = '123'; To = '1'; ChatType = 'Chatroom' } | Undo-EmMessage", sent);

        Assert.Equal("Easemob.MessageNotFound", Error(result));
        Assert.Equal("123", Assert.Single(result.Errors).TargetObject);
        Assert.NotNull(host.Store.Messages.Find(sent.MessageId)!.RecalledOn);

        // Recalled already: not found either.
        Assert.Equal("Easemob.MessageNotFound", Error(host.Run("$args[0] | Undo-EmMessage", sent)));
    }

    [Fact]
    public void A_recall_service_not_opened_is_FeatureNotEnabled_for_each_message()
    {
        using var host = new EmulatorHost("-User u1 -DisableFeature MessageRecall");
        host.Run("$global:sent = Send-EmUserMessage -Username a,b -Text hi").ThrowIfErrors();

        var result = host.Run("$global:sent | Undo-EmMessage");

        Assert.Equal("Easemob.FeatureNotEnabled", Error(result));
        Assert.Equal(new[] { "a", "b" }, result.Errors.Select(e => host.Store.Messages.Find((string)e.TargetObject)!.To));
        Assert.Contains(host.Requests, r => r.Status == 403 && r.ErrorCode == EmErrorCodes.ForbiddenOp);
    }

    [Fact]
    public void Recall_input_is_checked_and_WhatIf_recalls_nothing()
    {
        using var host = new EmulatorHost();
        host.Run("$global:sent = Send-EmUserMessage -Username a -Text hi").ThrowIfErrors();
        host.ClearRequests();

        var bad = host.Run("Undo-EmMessage -MessageId abc -To a -ChatType Chat");
        host.Run("$global:sent | Undo-EmMessage -WhatIf").ThrowIfErrors();

        Assert.Equal("Easemob.InvalidMessageId", Error(bad));
        Assert.Empty(host.ApiRequests());
        Assert.Null(host.Store.Messages.All.Single().RecalledOn);
    }

    [Fact]
    public void Set_EmMessage_rewrites_a_text_message_and_merges_or_replaces_a_custom_messages_ext()
    {
        using var host = new EmulatorHost();
        var text = host.Run("Send-EmChatroomMessage -Id 1 -Text 'typo hree'").ThrowIfErrors().Objects<EmMessageReceipt>().Single();
        var custom = host.Run("Send-EmUserMessage -Username a -CustomEvent score -Extension @{ keep = 1; change = 'old' }").ThrowIfErrors().Objects<EmMessageReceipt>().Single();

        host.Run("$args[0] | Set-EmMessage -Text 'typo here'", text).ThrowIfErrors();
        host.Run("Set-EmMessage -MessageId $args[0] -CustomEvent score -CustomExtension @{ points = 3 } -Extension @{ change = 'new' }", custom.MessageId).ThrowIfErrors();

        Assert.Equal("typo here", JsonDocument.Parse(host.Store.Messages.Find(text.MessageId)!.BodyJson).RootElement.GetProperty("msg").GetString());
        var stored = host.Store.Messages.Find(custom.MessageId)!;
        Assert.Equal("3", JsonDocument.Parse(stored.BodyJson).RootElement.GetProperty("customExts").GetProperty("points").GetString());
        var ext = JsonDocument.Parse(stored.ExtensionJson!).RootElement;
        Assert.Equal(("new", 1), (ext.GetProperty("change").GetString(), ext.GetProperty("keep").GetInt32()));

        host.Run("Set-EmMessage -MessageId $args[0] -CustomEvent score -Extension @{ only = 1 } -ReplaceExtension", custom.MessageId).ThrowIfErrors();
        Assert.Equal("""{"only":1}""", host.Store.Messages.Find(custom.MessageId)!.ExtensionJson);
    }

    [Fact]
    public void Set_EmMessage_errors_bad_input_and_WhatIf()
    {
        using var host = new EmulatorHost("-User u1 -DisableFeature MessageRewrite");
        var sent = host.Run("Send-EmUserMessage -Username a -Text hi").ThrowIfErrors().Objects<EmMessageReceipt>().Single();
        host.ClearRequests();

        Assert.Equal("Easemob.InvalidMessageId", Error(host.Run("Set-EmMessage -MessageId x1 -Text new")));
        Assert.Equal("Easemob.InvalidCustomEvent", Error(host.Run("Set-EmMessage -MessageId 1 -CustomEvent 'a b'")));
        host.Run("Set-EmMessage -MessageId $args[0] -Text new -WhatIf", sent.MessageId).ThrowIfErrors();
        Assert.Empty(host.ApiRequests());

        var closed = host.Run("Set-EmMessage -MessageId $args[0] -Text new", sent.MessageId);
        // The feature not enabled is the one id every disabled feature gets, whatever the service's error word.
        Assert.Equal("Easemob.FeatureNotEnabled", Error(closed));
        Assert.Equal(EmErrorCodes.MessageRewriteError, ((EasemobApiException)closed.Errors[0].Exception).ErrorCode);
        Assert.Equal(sent.MessageId, closed.Errors[0].TargetObject);
        Assert.Single(host.ApiRequests());
        Assert.Contains("hi", host.Store.Messages.All.Single().BodyJson);
    }

    [Fact]
    public void Set_EmMessage_of_an_unknown_message_is_404()
    {
        using var host = new EmulatorHost();

        var result = host.Run("Set-EmMessage -MessageId 42 -Text new");

        Assert.Equal("Easemob.message_rewrite_error", Error(result));
        Assert.Contains(host.Requests, r => r.Status == 404 && r.ErrorCode == EmErrorCodes.MessageRewriteError);
    }
}
