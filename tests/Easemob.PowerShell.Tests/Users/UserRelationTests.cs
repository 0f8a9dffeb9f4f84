using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Users;

/// <summary>Contacts and user block lists against the emulator.</summary>
public class UserRelationTests
{
    private const string FiveUsers = "-User u1,u2,u3,u4,u5";

    [Fact]
    public void Contacts_are_added_for_both_users_remarked_listed_and_removed()
    {
        using var host = new EmulatorHost(FiveUsers);
        host.Run("Add-EmUserContact -Username u1 -Contact u2, u3; Set-EmUserContact u1 -Contact u2 -Remark 'old friend'").ThrowIfErrors();

        var mine = host.Run("Get-EmUserContact u1").ThrowIfErrors().Objects<EmUserContact>();
        var theirs = host.Run("Get-EmUserContact u2").ThrowIfErrors().Objects<EmUserContact>();
        host.Run("Get-EmUserContact u1 | Where-Object Contact -eq 'u3' | Remove-EmUserContact -Confirm:$false").ThrowIfErrors();

        Assert.Equal(new[] { ("u1", "u2", "old friend"), ("u1", "u3", (string?)null) }, mine.Select(c => (c.Username, c.Contact, c.Remark)));
        Assert.Equal(new[] { ("u1", (string?)null) }, theirs.Select(c => (c.Contact, c.Remark)));
        Assert.Equal(new[] { "u2" }, host.Store.Contacts("u1"));
        Assert.Empty(host.Store.Contacts("u3"));
    }

    [Fact]
    public void A_long_contact_list_is_read_page_by_page_and_First_stops_early()
    {
        using var host = new EmulatorHost("-User " + string.Join(",", Enumerable.Range(0, 60).Select(i => "p" + i)));
        foreach (var i in Enumerable.Range(1, 59))
        {
            host.Store.AddContact("p0", "p" + i);
        }
        host.ClearRequests();

        var all = host.Run("Get-EmUserContact p0 -PageSize 25").ThrowIfErrors().Objects<EmUserContact>();
        var pagesForAll = host.Requests.Count;
        host.ClearRequests();
        var first = host.Run("Get-EmUserContact p0 -PageSize 25 -First 3").ThrowIfErrors().Objects<EmUserContact>();

        Assert.Equal(Enumerable.Range(1, 59).Select(i => "p" + i), all.Select(c => c.Contact));
        Assert.Equal(3, pagesForAll);
        Assert.Equal(3, first.Count);
        Assert.Single(host.Requests);
    }

    [Fact]
    public void The_documented_contact_errors_are_each_items_own()
    {
        using var host = new EmulatorHost(FiveUsers);

        var unknown = host.Run("Add-EmUserContact u1 -Contact ghost, u2");
        var notFriends = host.Run("Set-EmUserContact u1 -Contact u3 -Remark x");
        var listUnknown = host.Run("Get-EmUserContact ghost");

        Assert.Equal(("Easemob.service_resource_not_found", "u1"), (unknown.FirstError!.FullyQualifiedErrorId.Split(',')[0], (string)unknown.FirstError.TargetObject));
        Assert.Equal(new[] { "u1" }, host.Store.Contacts("u2"));
        Assert.StartsWith("Easemob.illegal_argument,", notFriends.FirstError!.FullyQualifiedErrorId);
        Assert.Contains("not friends", notFriends.FirstError.ToString());
        Assert.Equal(("Easemob.service_resource_not_found", "ghost"), (listUnknown.FirstError!.FullyQualifiedErrorId.Split(',')[0], (string)listUnknown.FirstError.TargetObject));
    }

    [Fact]
    public void A_full_contact_list_is_403_exceed_limit()
    {
        using var host = new EmulatorHost("-User " + string.Join(",", Enumerable.Range(0, 102).Select(i => "f" + i)));
        foreach (var i in Enumerable.Range(1, EmApiLimits.DefaultMaxContacts))
        {
            host.Store.AddContact("f0", "f" + i);
        }

        var error = host.Run("Add-EmUserContact f0 -Contact f101").FirstError!;

        Assert.StartsWith("Easemob.exceed_limit,", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Import_sends_10_contacts_per_request_and_unknown_users_are_their_own_errors()
    {
        using var host = new EmulatorHost("-User " + string.Join(",", Enumerable.Range(0, 25).Select(i => "m" + i)));
        host.ClearRequests();

        var result = host.Run("(1..24 | ForEach-Object { \"m$_\" }) + 'ghost' | ForEach-Object { [pscustomobject]@{ Username = 'm0'; Contact = $_ } } | Import-EmUserContact");

        Assert.Equal(24, result.Objects<EmUserContact>().Count);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("Easemob.service_resource_not_found", "m0 -> ghost"), (error.FullyQualifiedErrorId.Split(',')[0], (string)error.TargetObject));
        Assert.Equal(3, host.Requests.Count(r => r.Path.EndsWith("/contacts/import")));
        Assert.Equal(24, host.Store.Contacts("m0").Count);
    }

    [Fact]
    public void Users_are_blocked_in_batches_listed_newest_first_and_unblocked()
    {
        using var host = new EmulatorHost("-User " + string.Join(",", Enumerable.Range(0, 61).Select(i => "b" + i)));
        host.ClearRequests();

        host.Run("1..60 | ForEach-Object { [pscustomobject]@{ Username = 'b0'; BlockedUser = \"b$_\" } } | Block-EmUser").ThrowIfErrors();
        var blockCalls = host.Requests.Count;
        var listed = host.Run("Get-EmUserBlockedUser b0").ThrowIfErrors().Objects<EmUserBlockedUser>();
        host.Run("Get-EmUserBlockedUser b0 -First 2 | Unblock-EmUser -Confirm:$false").ThrowIfErrors();

        Assert.Equal(2, blockCalls);
        Assert.Equal(Enumerable.Range(1, 60).Reverse().Select(i => "b" + i), listed.Select(b => b.BlockedUser));
        Assert.Equal(58, host.Store.BlockedUsers("b0").Count);
        Assert.Equal("b58", host.Store.BlockedUsers("b0")[0]);
        Assert.All(host.Requests, r => Assert.True(r.Family == EmApiFamily.UserBlock || r.Path.EndsWith("/token")));
    }

    [Fact]
    public void Bad_input_is_refused_before_sending_and_WhatIf_sends_nothing()
    {
        using var host = new EmulatorHost(FiveUsers);
        host.ClearRequests();

        var results = new[]
        {
            host.Run("Add-EmUserContact u1 -Contact u1"),
            host.Run("Add-EmUserContact u1 -Contact 'bad name!'"),
            host.Run("Set-EmUserContact u1 -Contact u2 -Remark ('r' * 101)"),
            host.Run("[pscustomobject]@{ Username = 'u1'; Contact = 'u2'; Remark = '' } | Set-EmUserContact"),
            host.Run("Block-EmUser u1 -BlockedUser ' '"),
            host.Run("Unblock-EmUser u1 -BlockedUser u1"),
            host.Run("Get-EmUserContact u1 -PageSize 51"),
            host.Run("Get-EmUserBlockedUser u1 -PageSize 51"),
        };
        var whatIf = host.Run(@"Add-EmUserContact u1 -Contact u2 -WhatIf; Remove-EmUserContact u1 -Contact u2 -WhatIf
            Set-EmUserContact u1 -Contact u2 -Remark x -WhatIf; Import-EmUserContact u1 -Contact u2 -WhatIf
            Block-EmUser u1 -BlockedUser u2 -WhatIf; Unblock-EmUser u1 -BlockedUser u2 -WhatIf");

        Assert.Equal(new[] { "InvalidContact", "InvalidUsername", "InvalidRemark", "NothingToSet", "InvalidBlockedUser", "InvalidBlockedUser", "InvalidPageSize", "InvalidPageSize" },
            results.Select(r => r.FirstError!.FullyQualifiedErrorId.Split(',')[0].Substring("Easemob.".Length)));
        Assert.Empty(whatIf.Errors);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void Contacts_and_block_lists_survive_a_stop_and_a_start()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("emrel").FullName, "app.json");
        using (var ps = new PsHost())
        {
            ps.Run(@"Start-EmEmulator -User alice, bob, carol -StatePath $args[0] | Connect-EmApp
                Add-EmUserContact alice -Contact bob
                Set-EmUserContact alice -Contact bob -Remark 'Bobby'
                Block-EmUser alice -BlockedUser carol
                Stop-EmEmulator", path).ThrowIfErrors();
        }

        using var ps2 = new PsHost();
        var contacts = ps2.Run(@"Start-EmEmulator -StatePath $args[0] | Connect-EmApp; Get-EmUserContact alice, bob", path).ThrowIfErrors().Objects<EmUserContact>();
        var blocked = ps2.Run("Get-EmUserBlockedUser alice").ThrowIfErrors().Objects<EmUserBlockedUser>();
        ps2.Run("Stop-EmEmulator").ThrowIfErrors();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

        Assert.Equal(new[] { ("alice", "bob", "Bobby"), ("bob", "alice", (string?)null) }, contacts.Select(c => (c.Username, c.Contact, c.Remark)));
        Assert.Equal("carol", Assert.Single(blocked).BlockedUser);
    }

    [Fact]
    public void Relations_render_in_80_columns()
    {
        using var host = new EmulatorHost(FiveUsers);
        host.Run("Add-EmUserContact u1 -Contact u2; Set-EmUserContact u1 u2 -Remark ('r' * 100); Block-EmUser u1 -BlockedUser u3").ThrowIfErrors();
        var text = host.Ps.Render("Get-EmUserContact u1; Get-EmUserBlockedUser u1");
        Assert.Contains("Remark", text);
        Assert.Contains("BlockedUser", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }
}
