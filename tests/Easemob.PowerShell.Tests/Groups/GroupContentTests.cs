using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Groups;

/// <summary>Group announcements, shared files and member attributes in the hosted engine against the emulator.</summary>
public sealed class GroupContentTests
{
    [Fact]
    public void Announcements_are_set_and_read_and_a_blank_cell_is_not_given()
    {
        using var host = new EmulatorHost();
        var id = host.Store.Groups.Add("g", "u1");

        host.Run("Set-EmGroupAnnouncement -Id $args[0] -Announcement 'hello 群组'", id).ThrowIfErrors();
        var read = host.Run("Get-EmGroupAnnouncement -GroupId $args[0]", id).ThrowIfErrors().Objects<EmGroupAnnouncement>().Single();
        host.ClearRequests();
        var blank = host.Run("[pscustomobject]@{ GroupId = $args[0]; Announcement = '' } | Set-EmGroupAnnouncement", id);
        var tooLong = host.Run("Set-EmGroupAnnouncement -Id $args[0] -Announcement ('a' * 513)", id);

        Assert.Equal(("hello 群组", id), (read.Announcement, read.GroupId));
        Assert.StartsWith("Easemob.NothingToSet,", blank.FirstError!.FullyQualifiedErrorId);
        Assert.NotNull(tooLong.FirstError);
        Assert.Empty(host.ApiRequests());
        host.Run("Set-EmGroupAnnouncement -Id $args[0] -Announcement ''", id).ThrowIfErrors();
        Assert.Equal(string.Empty, host.Store.Groups.FindGroup(id)!.Announcement);
    }

    [Fact]
    public void Shared_files_are_listed_across_pages_and_removed_by_piping()
    {
        using var host = new EmulatorHost();
        var id = host.Store.Groups.Add("g", "u1");
        for (var i = 0; i < 5; i++) host.Store.Groups.AddFile(id, "f" + i + ".txt", "u1", 100 + i);
        host.ClearRequests();

        var files = host.Run("Get-EmGroupFile -Id $args[0] -PageSize 2", id).ThrowIfErrors().Objects<EmGroupFile>();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => "f" + i + ".txt"), files.Select(f => f.Name));
        Assert.Equal(3, host.ApiRequests().Count);

        host.ClearRequests();
        host.Run("Get-EmGroupFile -Id $args[0] | Where-Object Size -ge 103 | Remove-EmGroupFile -WhatIf", id).ThrowIfErrors();
        Assert.DoesNotContain(host.ApiRequests(), r => r.Method == "DELETE");
        var removed = host.Run("Get-EmGroupFile -Id $args[0] | Where-Object Size -ge 103 | Remove-EmGroupFile -Force -PassThru", id).ThrowIfErrors().Objects<EmGroupFile>();
        Assert.Equal(2, removed.Count);
        Assert.Equal(3, host.Run("Get-EmGroupFile -Id $args[0]", id).ThrowIfErrors().Objects<EmGroupFile>().Count);
        Assert.StartsWith("Easemob.", host.Run("Remove-EmGroupFile -Id $args[0] -FileId nope -Force", id).FirstError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void Member_attributes_go_20_members_a_request_and_read_back_10_a_request()
    {
        var users = Enumerable.Range(0, 25).Select(i => "m" + i).ToArray();
        using var host = new EmulatorHost("-User u1," + string.Join(",", users));
        var id = host.Store.Groups.Add("g", "u1", users);
        host.ClearRequests();

        host.Run("$gid = $args[0]; $args[1] | ForEach-Object { [pscustomobject]@{ GroupId = $gid; Username = $_; Attribute = @{ nick = $_.ToUpper() } } } | Set-EmGroupMemberAttribute", id, users).ThrowIfErrors();
        Assert.Equal(2, host.ApiRequests().Count(r => r.Method == "PUT"));

        host.ClearRequests();
        var read = host.Run("Get-EmGroupMemberAttribute -Id $args[0] -Username $args[1] -Key nick", id, users).ThrowIfErrors().Objects<EmGroupMemberAttribute>();
        Assert.Equal(users.Select(u => (u, "nick", u.ToUpperInvariant())), read.Select(a => (a.Username, a.Key, a.Value)));
        Assert.Equal(3, host.ApiRequests().Count);
    }

    [Fact]
    public void Member_attribute_limits_are_checked_before_sending_and_an_empty_value_removes_a_key()
    {
        using var host = new EmulatorHost();
        var id = host.Store.Groups.Add("g", "u1", new[] { "u2" });
        host.ClearRequests();

        var longKey = host.Run("Set-EmGroupMemberAttribute -Id $args[0] -Username u2 -Attribute @{ ('k' * 17) = 'v' }", id);
        var longValue = host.Run("Set-EmGroupMemberAttribute -Id $args[0] -Username u2 -Attribute @{ k = ('v' * 513) }", id);
        host.Run("Set-EmGroupMemberAttribute -Id $args[0] -Username u2 -Attribute @{ a = '1'; b = '2' } -WhatIf", id).ThrowIfErrors();

        Assert.StartsWith("Easemob.InvalidAttributeKey,", longKey.FirstError!.FullyQualifiedErrorId);
        Assert.StartsWith("Easemob.InvalidAttributeValue,", longValue.FirstError!.FullyQualifiedErrorId);
        Assert.Empty(host.ApiRequests());

        host.Run("Set-EmGroupMemberAttribute -Id $args[0] -Username u2 -Attribute @{ a = '1'; b = '2' }; Set-EmGroupMemberAttribute -Id $args[0] -Username u2 -Attribute @{ a = '' }", id).ThrowIfErrors();
        var left = host.Run("Get-EmGroupMemberAttribute -Id $args[0] -Username u2", id).ThrowIfErrors().Objects<EmGroupMemberAttribute>();
        Assert.Equal(new[] { "b" }, left.Select(a => a.Key));
        var outsider = host.Run("Set-EmGroupMemberAttribute -Id $args[0] -Username u3 -Attribute @{ a = '1' }", id);
        Assert.StartsWith("Easemob.metadata_error,", outsider.FirstError!.FullyQualifiedErrorId);
    }
}
