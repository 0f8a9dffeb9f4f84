using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Moderation;

/// <summary>Mutes, mute-all, allowlist, blocklist and super admins against the emulator.</summary>
public class ChatroomModerationTests
{
    private static (string ChatroomId, string Username) Target(System.Management.Automation.ErrorRecord error) => ErrorTargets.ChatroomUser(error);

    [Fact]
    public void Mutes_last_the_given_time_in_milliseconds_or_forever_and_pipe_back_into_Remove()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2", "u3" });
        var before = DateTimeOffset.UtcNow;

        var muted = host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Duration 00:10:00 -PassThru; Add-EmChatroomMute -Id $args[0] -Username u3 -Permanent", id)
            .ThrowIfErrors().Objects<EmChatroomMute>();
        var timed = Assert.Single(muted);
        Assert.False(timed.Permanent);
        Assert.InRange(timed.ExpiresOn!.Value, before.AddMinutes(10).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(10).AddSeconds(1));

        var listed = host.Run("Get-EmChatroomMute -Id $args[0]", id).ThrowIfErrors().Objects<EmChatroomMute>().ToDictionary(m => m.Username);
        Assert.Equal(timed.ExpiresOn, listed["u2"].ExpiresOn);
        Assert.True(listed["u3"].Permanent);
        Assert.Null(listed["u3"].ExpiresOn);
        Assert.All(listed.Values, m => Assert.Equal(id, m.ChatroomId));
        // The store holds the expiry the wire carried: ten minutes in milliseconds, not in seconds.
        Assert.InRange(host.Store.ChatroomMutes(id).Single(m => m.User == "u2").Expire - before.ToUnixTimeMilliseconds(), 599_000, 601_000);

        host.Run("Get-EmChatroomMute -Id $args[0] | Where-Object Permanent | Remove-EmChatroomMute", id).ThrowIfErrors();
        Assert.Equal(new[] { "u2" }, host.Store.ChatroomMutes(id).Select(m => m.User));
    }

    [Fact]
    public void Muting_1000_users_takes_17_requests_and_a_non_member_is_its_own_error()
    {
        using var host = new EmulatorHost();
        var users = Enumerable.Range(0, 1000).Select(i => "m" + i).ToList();
        users.ForEach(u => host.Store.AddUser(u));
        var id = host.Store.AddChatroom("r", "u1", maxUsers: 2000, members: users);
        host.ClearRequests();

        var result = host.Run("Add-EmChatroomMute -Id $args[0] -Username ($args[1] + 'u2') -Permanent", id, users.ToArray());

        Assert.Equal(1000, host.Store.ChatroomMutes(id).Count);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.forbidden_op,", error.FullyQualifiedErrorId);
        Assert.Equal((id, "u2"), Target(error));
        // 17 batches of at most 60; the one holding the non-member is sent again without it.
        Assert.Equal(18, host.ApiRequests().Count);
    }

    [Fact]
    public void A_mute_needs_exactly_one_of_Duration_and_Permanent_and_a_positive_duration()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });
        host.ClearRequests();

        foreach (var arguments in new[] { "", "-Permanent -Duration 00:01:00", "-Duration 0" })
        {
            var result = host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 " + arguments, id);
            Assert.StartsWith("Easemob.InvalidMuteDuration,", result.FirstError!.FullyQualifiedErrorId);
        }
        // A negative duration is refused while binding, as by every duration parameter of the module.
        foreach (var negative in new[] { "-00:01:00", "-5" })
        {
            var result = host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Duration " + negative, id);
            Assert.Contains("negative", result.FirstError!.Exception.Message);
        }
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void A_plain_number_of_Duration_is_seconds()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });

        var before = DateTimeOffset.UtcNow;
        var mute = host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Duration 3600 -PassThru", id).ThrowIfErrors().Objects<EmChatroomMute>().Single();

        Assert.InRange(mute.ExpiresOn!.Value, before.AddSeconds(3590), before.AddSeconds(3700));
    }

    [Fact]
    public void All_mutes_and_unmutes_everyone_and_shows_as_MuteAll()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });

        var room = host.Run("Get-EmChatroom -Id $args[0] | Add-EmChatroomMute -All -PassThru", id).ThrowIfErrors().Objects<EmChatroom>();
        Assert.True(Assert.Single(room).MuteAll);
        Assert.True(host.Store.IsChatroomMutedAll(id));
        Assert.Empty(host.Store.ChatroomMutes(id));

        host.Run("Remove-EmChatroomMute -Id $args[0] -All", id).ThrowIfErrors();
        Assert.False(host.Store.IsChatroomMutedAll(id));
        Assert.False(host.Run("Get-EmChatroom -Id $args[0]", id).ThrowIfErrors().Objects<EmChatroom>().Single().MuteAll);
    }

    [Fact]
    public void Mute_WhatIf_sends_no_write()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });
        host.ClearRequests();

        host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Permanent -WhatIf; Add-EmChatroomMute -Id $args[0] -All -WhatIf; Block-EmChatroomUser -Id $args[0] -Username u2 -WhatIf; Add-EmChatroomAllowedUser -Id $args[0] -Username u2 -WhatIf", id).ThrowIfErrors();

        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Blocking_removes_the_member_refuses_re_adding_until_unblocked_and_never_blocks_the_owner()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2", "u3" });

        var blocked = host.Run("Block-EmChatroomUser -Id $args[0] -Username u2,u1 -Confirm:$false", id);
        Assert.Equal((id, "u1"), Target(Assert.Single(blocked.Errors)));
        Assert.Equal(new[] { "u3" }, host.Store.FindChatroom(id)!.Members);
        Assert.Equal(new[] { "u2" }, host.Run("Get-EmChatroomBlockedUser -Id $args[0]", id).ThrowIfErrors().Objects<EmChatroomUser>().Select(u => u.Username));

        var refused = host.Run("Add-EmChatroomMember -Id $args[0] -Username u2", id);
        Assert.StartsWith("Easemob.forbidden_op,", Assert.Single(refused.Errors).FullyQualifiedErrorId);

        host.Run("Get-EmChatroomBlockedUser -Id $args[0] | Unblock-EmChatroomUser; Add-EmChatroomMember -Id $args[0] -Username u2", id).ThrowIfErrors();
        Assert.Empty(host.Store.ChatroomBlockedUsers(id));
        Assert.Equal(new[] { "u3", "u2" }, host.Store.FindChatroom(id)!.Members);
    }

    [Fact]
    public void The_allowlist_takes_members_only_and_pipes_back_into_Remove()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });

        var result = host.Run("Add-EmChatroomAllowedUser -Id $args[0] -Username u2,u3 -PassThru", id);
        Assert.Equal(new[] { "u2" }, result.Objects<EmChatroomUser>().Select(u => u.Username));
        Assert.Equal((id, "u3"), Target(Assert.Single(result.Errors)));

        var listed = host.Run("Get-EmChatroomAllowedUser -Id $args[0]", id).ThrowIfErrors().Objects<EmChatroomUser>();
        Assert.Equal((id, "u2"), (Assert.Single(listed).ChatroomId, listed[0].Username));

        host.Run("Get-EmChatroomAllowedUser -Id $args[0] | Remove-EmChatroomAllowedUser", id).ThrowIfErrors();
        Assert.Empty(host.Store.ChatroomAllowedUsers(id));
    }

    [Fact]
    public void Super_admins_are_added_listed_page_by_page_and_removed()
    {
        using var host = new EmulatorHost();

        host.Run("'u1', 'U2', 'u2' | Add-EmChatroomSuperAdmin", new object[0]).ThrowIfErrors();
        Assert.Equal(new[] { "u1", "u2" }, host.Store.ChatroomSuperAdmins);

        host.ClearRequests();
        var listed = host.Run("Get-EmChatroomSuperAdmin -PageSize 1").ThrowIfErrors().Objects<EmChatroomSuperAdmin>();
        Assert.Equal(new[] { "u1", "u2" }, listed.Select(a => a.Username));
        Assert.Contains(host.ApiRequests(), r => r.Query.Contains("pagenum=2"));

        var unknown = host.Run("Add-EmChatroomSuperAdmin -Username ghost");
        Assert.Equal("ghost", Assert.Single(unknown.Errors).TargetObject);

        host.Run("Get-EmChatroomSuperAdmin | Remove-EmChatroomSuperAdmin -Confirm:$false").ThrowIfErrors();
        Assert.Empty(host.Store.ChatroomSuperAdmins);
    }

    [Fact]
    public void Moderation_lists_show_as_tables_within_80_columns()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });
        host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Permanent; Add-EmChatroomAllowedUser -Id $args[0] -Username u2", id).ThrowIfErrors();
        host.Ps.SetVariable("room", id);

        var text = string.Join("\n", new[] { "Get-EmChatroomMute -Id $room", "Get-EmChatroomAllowedUser -Id $room", "Sync-EmChatroomMember -Id $room -Username u2" }.Select(script => host.Ps.Render(script)));

        Assert.Contains("permanent", text);
        Assert.Matches(@"ChatroomId\s+Username\s+ExpiresOn", text);
        Assert.Matches(@"ChatroomId\s+Added\s+Removed\s+Unchanged\s+Failed", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }
}
