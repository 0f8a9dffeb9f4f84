using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Errors;

/// <summary>Messages that say what happened in the user's terms, not the code's or the service's slips.</summary>
public class MessageTests
{
    [Fact]
    public void Connect_EmApp_with_plain_http_to_another_host_names_the_parameter_not_an_internal_argument()
    {
        using var host = new EmulatorHost();
        var error = host.Run("Connect-EmApp -BaseUri http://example.com -AppKey 'org#app' -Credential $emu.Credential").FirstError!;

        Assert.StartsWith("Easemob.InvalidConnectionArgument,", error.FullyQualifiedErrorId);
        Assert.Equal("BaseUri must use https; plain http is allowed only for loopback addresses, not 'example.com'.", error.Exception.Message);
        Assert.DoesNotContain("options", error.ToString());
    }

    [Fact]
    public void Set_EmUserPassword_for_an_unknown_user_names_that_user()
    {
        using var host = new EmulatorHost();
        var error = Assert.Single(host.Run("Set-EmUserPassword -Username ghost -Password 'Secret-123' -Force").Errors);

        Assert.StartsWith("Easemob.entity_not_found,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.StartsWith("User ghost not found", error.Exception.Message);
        Assert.DoesNotContain("null", error.ToString());
    }

    [Fact]
    public void Removing_the_owner_as_a_member_says_it_is_the_owner_and_the_others_are_removed()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("room", "u1", null, 100, new[] { "u2" });

        var result = host.Run("Remove-EmChatroomMember -Id $args[0] -Username u1, u2, u3 -Confirm:$false", id);

        Assert.Equal(2, result.Errors.Count);
        var owner = result.Errors.Single(e => e.TargetObject.ToString()!.Contains("u1"));
        Assert.StartsWith("Easemob.forbidden_op,", owner.FullyQualifiedErrorId);
        Assert.Contains("user u1 is the owner of chatroom " + id + ", not one of its members", owner.Exception.Message);
        Assert.Contains("Set-EmChatroomOwner", owner.Exception.Message);
        Assert.DoesNotContain("not members of this group", owner.Exception.Message);
        // A stranger keeps the service's own words.
        var stranger = result.Errors.Single(e => e.TargetObject.ToString()!.Contains("u3"));
        Assert.DoesNotContain("owner", stranger.Exception.Message);
        Assert.Equal("u1", host.Store.FindChatroom(id)!.Owner);
        Assert.Empty(host.Store.FindChatroom(id)!.Members);
    }

    [Fact]
    public void Sync_with_an_empty_list_is_refused_saying_how_to_keep_only_the_owner_and_OwnerOnly_does_it()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("room", "u1", null, 100, new[] { "u2", "u3" });
        host.ClearRequests();

        var empty = host.Run("Sync-EmChatroomMember -Id $args[0] -Username @()", id);

        var error = Assert.Single(empty.Errors);
        Assert.StartsWith("Easemob.InvalidUsername,", error.FullyQualifiedErrorId);
        Assert.Contains("-Username names no user", error.Exception.Message);
        Assert.Contains("-OwnerOnly", error.Exception.Message);
        Assert.Empty(host.ApiRequests());

        var synced = host.Run("Sync-EmChatroomMember -Id $args[0] -OwnerOnly -Confirm:$false", id).ThrowIfErrors().Objects<EmChatroomSyncResult>().Single();
        Assert.Equal(new[] { "u2", "u3" }, synced.Removed.OrderBy(u => u));
        Assert.Empty(host.Store.FindChatroom(id)!.Members);
        Assert.Equal("u1", host.Store.FindChatroom(id)!.Owner);
    }

    [Fact]
    public void Disconnect_EmUser_from_a_device_it_is_not_logged_in_on_is_an_error()
    {
        using var host = new EmulatorHost();
        host.Store.ConnectDevice("u1", "android_1");

        var result = host.Run("Disconnect-EmUser -Username u1 -Device nope");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.DeviceNotLoggedIn,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("u1", error.TargetObject);
        Assert.Contains("device 'nope'", error.Exception.Message);
        Assert.Equal("android_1", Assert.Single(host.Store.Devices("u1")).Resource);

        host.Run("Disconnect-EmUser -Username u1 -Device android_1").ThrowIfErrors();
        Assert.Empty(host.Store.Devices("u1"));
    }
}
