using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Chatrooms;

/// <summary>Chatroom announcements and custom attributes.</summary>
public class ChatroomContentTests
{
    private static (EmulatorHost Host, string Id) RoomWithMembers()
    {
        var host = new EmulatorHost();
        var id = host.Store.AddChatroom("room", "u1", null, 100, new[] { "u2", "u3" });
        host.ClearRequests();
        return (host, id);
    }

    [Fact]
    public void Announcements_are_set_read_and_cleared_explicitly()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;

        var set = host.Run("Set-EmChatroomAnnouncement -Id $args[0] -Announcement 'Hello all' -PassThru", id).ThrowIfErrors().Objects<EmChatroomAnnouncement>().Single();
        Assert.Equal("Hello all", set.Announcement);
        Assert.Equal("Hello all", host.Store.GetAnnouncement(id));

        var read = host.Run("Get-EmChatroom | Get-EmChatroomAnnouncement").ThrowIfErrors().Objects<EmChatroomAnnouncement>().Single();
        Assert.Equal(id, read.ChatroomId);
        Assert.Equal("Hello all", read.Announcement);

        // A blank value from the pipeline is not given; '' on the command line clears.
        var blank = host.Run("[pscustomobject]@{ ChatroomId = $args[0]; Announcement = '' } | Set-EmChatroomAnnouncement", id);
        Assert.StartsWith("Easemob.NothingToSet,", Assert.Single(blank.Errors).FullyQualifiedErrorId);
        Assert.Equal("Hello all", host.Store.GetAnnouncement(id));
        host.Run("Set-EmChatroomAnnouncement -Id $args[0] -Announcement ''", id).ThrowIfErrors();
        Assert.Equal(string.Empty, host.Store.GetAnnouncement(id));
    }

    [Fact]
    public void Bad_announcements_and_ids_never_reach_the_server_and_WhatIf_sends_nothing()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;

        var result = host.Run(@"
            Set-EmChatroomAnnouncement -Id $args[0] -Announcement ('x' * 513)
            Set-EmChatroomAnnouncement -Id '  ' -Announcement 'hi'
            Set-EmChatroomAnnouncement -Id $args[0] -Announcement 'hi' -WhatIf", id);

        Assert.Equal(new[] { "Easemob.InvalidAnnouncement", "Easemob.InvalidChatroomId" },
            result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Empty(host.ApiRequests());
        host.Run("Set-EmChatroomAnnouncement -Id $args[0] -Announcement ('x' * 512)", id).ThrowIfErrors();
        Assert.Equal(512, host.Store.GetAnnouncement(id).Length);
    }

    [Fact]
    public void An_unknown_chatroom_is_ObjectNotFound()
    {
        using var host = new EmulatorHost();
        var error = Assert.Single(host.Run("Get-EmChatroomAnnouncement -Id 42").Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("42", error.TargetObject);
    }

    [Fact]
    public void Attributes_go_out_10_per_request_and_come_back_one_object_per_key()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;

        var set = host.Run("$h = @{}; 1..25 | ForEach-Object { $h[\"k$_\"] = \"v$_\" }; Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute $h -PassThru", id)
            .ThrowIfErrors().Objects<EmChatroomAttribute>();
        Assert.Equal(25, set.Count);
        Assert.Equal(3, host.ApiRequests().Count(r => r.Method == "PUT"));

        var read = host.Run("Get-EmChatroom | Get-EmChatroomAttribute").ThrowIfErrors().Objects<EmChatroomAttribute>();
        Assert.Equal(25, read.Count);
        Assert.Equal("v7", read.Single(a => a.Key == "k7").Value);
        Assert.All(read, a => Assert.Equal(id, a.ChatroomId));
        var some = host.Run("Get-EmChatroomAttribute -Id $args[0] -Key k1, k2, nope", id).ThrowIfErrors().Objects<EmChatroomAttribute>();
        Assert.Equal(new[] { "k1", "k2" }, some.Select(a => a.Key).OrderBy(k => k));
    }

    [Fact]
    public void A_key_the_server_refuses_is_its_own_error_naming_it_and_the_others_are_set()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;
        host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ owned = 'by-u2' }", id).ThrowIfErrors();

        var result = host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u3 -Attribute ([ordered]@{ owned = 'by-u3'; mine = 'yes' })", id);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.attribute_key_refused,", error.FullyQualifiedErrorId);
        Assert.Contains("'owned'", error.ToString());
        Assert.Contains("others are not allowed to be set", error.ToString());
        Assert.Equal(id + "/u3/owned", error.TargetObject.ToString());
        var attributes = host.Store.GetAttributes(id);
        Assert.Equal("by-u2", attributes["owned"]);
        Assert.Equal("yes", attributes["mine"]);

        // -Force only skips the prompt: the key of u2 stays, refused like before.
        var forced = host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u3 -Attribute @{ owned = 'forced' } -Force -Confirm:$false", id);
        Assert.StartsWith("Easemob.attribute_key_refused,", Assert.Single(forced.Errors).FullyQualifiedErrorId);
        Assert.Equal("by-u2", host.Store.GetAttributes(id)["owned"]);
        Assert.DoesNotContain(host.ApiRequests(), r => r.Path.EndsWith("/forced", StringComparison.Ordinal));

        host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u3 -Attribute @{ owned = 'forced' } -AnyOwner", id).ThrowIfErrors();
        Assert.Equal("forced", host.Store.GetAttributes(id)["owned"]);
        Assert.Contains(host.ApiRequests(), r => r.Path.EndsWith("/user/u3/forced", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_rows_are_grouped_per_chatroom_and_user()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;
        var other = host.Store.AddChatroom("other", "u1", null, 100, new[] { "u2" });
        host.ClearRequests();

        host.Run(@"
            $room, $other = $args
            $rows = @(1..12 | ForEach-Object { [pscustomobject]@{ ChatroomId = $room; Username = 'u2'; Key = ""a$_""; Value = ""$_"" } }) +
                    @([pscustomobject]@{ ChatroomId = $other; Username = 'u2'; Key = 'b'; Value = 'x' }) +
                    @([pscustomobject]@{ ChatroomId = $room; Username = 'U3'; Key = 'c'; Value = 'y' })
            $rows | Set-EmChatroomAttribute", id, other).ThrowIfErrors();

        Assert.Equal(13, host.Store.GetAttributes(id).Count);
        Assert.Equal("x", host.Store.GetAttributes(other)["b"]);
        // 12 rows of one room and user: 10 + 2; one request each for the other two groups.
        Assert.Equal(4, host.ApiRequests().Count);
    }

    [Fact]
    public void Bad_keys_and_values_are_refused_before_sending()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;

        var result = host.Run(@"
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ 'bad key' = '1' }
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ ('k' * 129) = '1' }
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ big = ('v' * 4097) }
            Set-EmChatroomAttribute -Id $args[0] -Username ' ' -Attribute @{ k = '1' }
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ k = '1' } -WhatIf", id);

        Assert.Equal(new[] { "Easemob.InvalidAttributeKey", "Easemob.InvalidAttributeKey", "Easemob.InvalidAttributeValue", "Easemob.InvalidUsername" },
            result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void A_user_not_in_the_chatroom_is_PermissionDenied_without_a_token_refresh()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;
        host.Store.AddUser("outsider");
        host.ClearRequests();

        var error = Assert.Single(host.Run("Set-EmChatroomAttribute -Id $args[0] -Username outsider -Attribute @{ k = '1' }", id).Errors);

        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Contains("user is not in chatroom", error.ToString());
        Assert.Single(host.Requests);
    }

    [Fact]
    public void Removal_goes_10_keys_per_request_and_a_missing_key_is_its_own_error()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;
        host.Run("$h = @{}; 1..12 | ForEach-Object { $h[\"k$_\"] = '1' }; Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute $h", id).ThrowIfErrors();
        host.ClearRequests();

        var result = host.Run("Remove-EmChatroomAttribute -Id $args[0] -Username u2 -Key ((1..12 | ForEach-Object { \"k$_\" }) + 'nope')", id);

        Assert.Contains("'nope'", Assert.Single(result.Errors).ToString());
        Assert.Empty(host.Store.GetAttributes(id));
        Assert.Equal(2, host.ApiRequests().Count(r => r.Method == "DELETE"));
        host.ClearRequests();
        host.Run("Remove-EmChatroomAttribute -Id $args[0] -Username u2 -Key k1 -WhatIf", id).ThrowIfErrors();
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Force_only_skips_the_prompt_and_AnyOwner_alone_removes_another_members_key()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;
        host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ banner = 'u2' }", id).ThrowIfErrors();
        host.ClearRequests();

        // Every change would prompt; the hosted engine cannot, so only a skipped prompt lets a request go out.
        var forced = host.Run("$ConfirmPreference = 'Low'; Remove-EmChatroomAttribute -Id $args[0] -Username u3 -Key banner -Force", id);
        Assert.StartsWith("Easemob.attribute_key_refused,", Assert.Single(forced.Errors).FullyQualifiedErrorId);
        Assert.Equal("u2", host.Store.GetAttributes(id)["banner"]);
        Assert.DoesNotContain(host.ApiRequests(), r => r.Path.EndsWith("/forced", StringComparison.Ordinal));

        host.Run("$ConfirmPreference = 'Low'; Remove-EmChatroomAttribute -Id $args[0] -Username u3 -Key banner -AnyOwner -Force", id).ThrowIfErrors();
        Assert.Empty(host.Store.GetAttributes(id));
        Assert.Contains(host.ApiRequests(), r => r.Method == "DELETE" && r.Path.EndsWith("/user/u3/forced", StringComparison.Ordinal));
    }

    [Fact]
    public void Attributes_go_with_their_owner_unless_kept()
    {
        var (host, id) = RoomWithMembers();
        using var _ = host;
        host.Run(@"
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ gone = '1' }
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ kept = '1' } -KeepAfterLeave", id).ThrowIfErrors();

        host.Run("Remove-EmUser u2 -Force").ThrowIfErrors();

        Assert.Equal(new[] { "kept" }, host.Store.GetAttributes(id).Keys);
    }
}
