using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Groups;

/// <summary>The group admin, mute and list cmdlets in the hosted engine against the emulator.</summary>
public sealed class GroupModerationTests
{
    private static (EmulatorHost Host, string Id) Group()
    {
        var host = new EmulatorHost("-User u1,u2,u3,u4,u5");
        return (host, host.Store.Groups.Add("g", "u1", new[] { "u2", "u3", "u4" }));
    }

    [Fact]
    public void Admins_are_made_one_request_per_user_and_read_back_as_roles()
    {
        var (host, id) = Group();
        using var disposeHost = host;
        host.ClearRequests();

        var made = host.Run("Add-EmGroupAdmin -Id $args[0] -Username u2,u3,u2 -PassThru", id).ThrowIfErrors().Objects<EmGroupMember>();
        // One request per user, a repeated name sent once.
        Assert.Equal(2, host.ApiRequests().Count(r => r.Method == "POST" && r.Path.EndsWith("/admin")));
        var notMember = host.Run("Add-EmGroupAdmin -Id $args[0] -Username u5", id);
        var roles = host.Run("Get-EmGroupMember -Id $args[0]", id).ThrowIfErrors().Objects<EmGroupMember>().ToDictionary(m => m.Username, m => m.Role);
        host.Run("Remove-EmGroupAdmin -Id $args[0] -Username u3", id).ThrowIfErrors();

        Assert.Equal(new[] { ("u2", EmGroupRole.Admin), ("u3", EmGroupRole.Admin) }, made.Select(m => (m.Username, m.Role)));
        Assert.StartsWith("Easemob.forbidden_op,", notMember.FirstError!.FullyQualifiedErrorId);
        Assert.Equal((EmGroupRole.Owner, EmGroupRole.Admin, EmGroupRole.Admin, EmGroupRole.Member), (roles["u1"], roles["u2"], roles["u3"], roles["u4"]));
        Assert.Equal(new[] { "u2" }, host.Store.Groups.FindGroup(id)!.Admins);
    }

    [Fact]
    public void Mutes_are_sent_in_milliseconds_and_listed_with_their_end()
    {
        var (host, id) = Group();
        using var disposeHost = host;
        var before = DateTimeOffset.UtcNow;

        var mutes = host.Run("Add-EmGroupMute -Id $args[0] -Username u2 -Duration 90 -PassThru; Add-EmGroupMute -Id $args[0] -Username u3 -Permanent", id).ThrowIfErrors().Objects<EmGroupMute>();
        var listed = host.Run("Get-EmGroupMute -Id $args[0]", id).ThrowIfErrors().Objects<EmGroupMute>().OrderBy(m => m.Username).ToList();
        var owner = host.Run("Add-EmGroupMute -Id $args[0] -Username u1 -Duration 60", id);
        host.Run("Get-EmGroupMute -Id $args[0] | Remove-EmGroupMute", id).ThrowIfErrors();

        Assert.InRange(mutes.Single().ExpiresOn!.Value - before, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(150));
        Assert.Equal(new[] { ("u2", false), ("u3", true) }, listed.Select(m => (m.Username, m.Permanent)));
        Assert.StartsWith("Easemob.forbidden_op,", owner.FirstError!.FullyQualifiedErrorId);
        Assert.Empty(host.Store.Groups.FindGroup(id)!.MutedUsers);
    }

    [Fact]
    public void Mute_all_sets_and_lifts_the_group_s_state()
    {
        var (host, id) = Group();
        using var disposeHost = host;

        var muted = host.Run("Add-EmGroupMute -Id $args[0] -All -PassThru", id).ThrowIfErrors().Objects<EmGroup>().Single();
        Assert.True(muted.MuteAll);
        host.Run("Remove-EmGroupMute -Id $args[0] -All", id).ThrowIfErrors();
        Assert.False(host.Store.Groups.FindGroup(id)!.MuteAll);
    }

    [Fact]
    public void Allow_and_block_lists_change_in_batches_and_read_back()
    {
        var (host, id) = Group();
        using var disposeHost = host;
        host.ClearRequests();

        host.Run("Add-EmGroupAllowedUser -Id $args[0] -Username u2,u3; Block-EmGroupUser -Id $args[0] -Username u4", id).ThrowIfErrors();
        var allowed = host.Run("Get-EmGroupAllowedUser -Id $args[0]", id).ThrowIfErrors().Objects<EmGroupUser>().Select(u => u.Username);
        var blocked = host.Run("Get-EmGroupBlockedUser -Id $args[0]", id).ThrowIfErrors().Objects<EmGroupUser>().Select(u => u.Username);
        var owner = host.Run("Block-EmGroupUser -Id $args[0] -Username u1", id);

        Assert.Equal(new[] { "u2", "u3" }, allowed);
        Assert.Equal(new[] { "u4" }, blocked);
        Assert.DoesNotContain("u4", host.Store.Groups.FindGroup(id)!.Members);
        Assert.Single(host.ApiRequests(), r => r.Method == "POST" && r.Path.EndsWith("/white/users"));
        Assert.NotNull(owner.FirstError);

        host.Run("Get-EmGroupBlockedUser -Id $args[0] | Unblock-EmGroupUser; Remove-EmGroupAllowedUser -Id $args[0] -Username u2", id).ThrowIfErrors();
        Assert.Empty(host.Store.Groups.FindGroup(id)!.Blocked);
        Assert.Equal(new[] { "u3" }, host.Store.Groups.FindGroup(id)!.Allowed);
    }

    [Fact]
    public void WhatIf_sends_nothing_and_bad_input_is_refused_first()
    {
        var (host, id) = Group();
        using var disposeHost = host;
        host.ClearRequests();

        host.Run("Add-EmGroupAdmin -Id $args[0] -Username u2 -WhatIf; Add-EmGroupMute -Id $args[0] -Username u2 -Permanent -WhatIf; Block-EmGroupUser -Id $args[0] -Username u2 -WhatIf; Add-EmGroupMute -Id $args[0] -All -WhatIf", id).ThrowIfErrors();
        var both = host.Run("Add-EmGroupMute -Id $args[0] -Username u2 -Duration 5 -Permanent", id);

        Assert.Empty(host.ApiRequests());
        Assert.NotNull(both.FirstError);
        Assert.Empty(host.ApiRequests());
    }
}
