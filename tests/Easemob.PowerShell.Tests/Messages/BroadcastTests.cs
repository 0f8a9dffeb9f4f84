using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Messages;

/// <summary>Send-EmChatroomBroadcast and Send-EmBroadcast against the emulator: sent once, quota refusals as clear errors.</summary>
public class BroadcastTests
{
    private static string Error(PsResult result) => Assert.Single(result.Errors).FullyQualifiedErrorId.Split(',')[0];

    [Fact]
    public void A_chatroom_broadcast_is_one_request_and_writes_its_broadcast_id()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var receipt = host.Run("Send-EmChatroomBroadcast -Text 'Maintenance at 22:00' -Priority High -Extension @{ k = 'v' } -Confirm:$false")
            .ThrowIfErrors().Objects<EmBroadcastReceipt>().Single();

        var stored = Assert.Single(host.Store.Messages.Broadcasts);
        Assert.Equal((stored.Id, EmBroadcastTarget.Chatrooms, "admin"), (receipt.BroadcastId, receipt.Target, receipt.From));
        Assert.Equal(("chatrooms", "txt", "Maintenance at 22:00"), (stored.Target, stored.Type, JsonDocument.Parse(stored.BodyJson).RootElement.GetProperty("msg").GetString()));
        Assert.Equal("v", JsonDocument.Parse(stored.ExtensionJson!).RootElement.GetProperty("k").GetString());
        Assert.Single(host.ApiRequests());
    }

    [Fact]
    public void A_broadcast_to_all_users_then_one_too_soon_is_refused_once_never_retried()
    {
        using var host = new EmulatorHost();
        var first = host.Run("Send-EmBroadcast -CustomEvent notice -From ops -Confirm:$false").ThrowIfErrors().Objects<EmBroadcastReceipt>().Single();
        host.ClearRequests();

        var second = host.Run("Send-EmBroadcast -Text again -Confirm:$false");

        Assert.Equal((EmBroadcastTarget.Users, "ops"), (first.Target, first.From));
        Assert.Equal("users", host.Store.Messages.Broadcasts.Single().Target);
        Assert.Equal("Easemob.BroadcastRateLimited", Error(second));
        Assert.Contains("30 minutes", second.Errors[0].ErrorDetails.RecommendedAction);
        var refused = Assert.Single(host.ApiRequests());
        Assert.Equal(429, refused.Status);
        Assert.Single(host.Store.Messages.Broadcasts);
    }

    [Fact]
    public void Past_the_days_quota_a_broadcast_is_BroadcastRefused_and_with_the_feature_closed_FeatureNotEnabled()
    {
        using var quota = new EmulatorHost("-User u1 -DailyBroadcastQuota 1");
        quota.Run("Send-EmBroadcast -OnlineOnly -Text one -Confirm:$false").ThrowIfErrors();
        quota.Run("Send-EmChatroomBroadcast -Text one -Confirm:$false").ThrowIfErrors();
        var overQuota = quota.Run("Send-EmChatroomBroadcast -Text two -Confirm:$false");
        Assert.Equal("Easemob.BroadcastRefused", Error(overQuota));
        Assert.Contains("chatroom broadcast limit exceeded", overQuota.Errors[0].Exception.Message);
        Assert.Equal("online users", quota.Store.Messages.Broadcasts[0].Target);

        using var closed = new EmulatorHost("-User u1 -DisableFeature ChatroomBroadcast,Broadcast");
        Assert.Equal("Easemob.FeatureNotEnabled", Error(closed.Run("Send-EmChatroomBroadcast -Text x -Confirm:$false")));
        Assert.Equal("Easemob.FeatureNotEnabled", Error(closed.Run("Send-EmBroadcast -Text x -Confirm:$false")));
        Assert.Empty(closed.Store.Messages.Broadcasts);
    }

    [Fact]
    public void Broadcasts_are_High_impact_WhatIf_sends_nothing_and_bad_input_is_refused_first()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        host.Run("Send-EmBroadcast -Text x -WhatIf; Send-EmChatroomBroadcast -Text x -WhatIf").ThrowIfErrors();
        var bad = host.Run("Send-EmChatroomBroadcast -CustomEvent 'no spaces' -Confirm:$false");

        Assert.Empty(host.ApiRequests());
        Assert.Equal("Easemob.InvalidCustomEvent", bad.FirstError!.FullyQualifiedErrorId.Split(',')[0]);
        var impact = host.Run("(Get-Command Send-EmBroadcast).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact").ThrowIfErrors();
        Assert.Equal("High", impact.Output.Single().ToString());
    }
}
