using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Groups;

/// <summary>The group cmdlets in the hosted engine against the emulator over loopback HTTP.</summary>
public sealed class GroupCmdletTests
{
    private static EmulatorHost Host() => new EmulatorHost("-User u1,u2,u3,u4,u5");

    private static void AssertRefusedBeforeSending(EmulatorHost host, PsResult result, string errorId, string command)
    {
        Assert.Equal("Easemob." + errorId + ",Easemob.PowerShell.Commands." + command, result.FirstError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.FirstError.CategoryInfo.Category);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void New_EmGroup_sends_every_given_field_and_emits_the_group()
    {
        using var host = Host();
        var group = host.Run("New-EmGroup -Name team -Owner u1 -Description d -Public $true -MaxUsers 50 -MembersOnly $true -InviteNeedConfirm $false -Members u2,u3 -Custom c -Avatar https://a/b")
            .ThrowIfErrors().Objects<EmGroup>().Single();

        var stored = host.Store.Groups.FindGroup(group.Id)!;
        Assert.Equal(("team", "d", "u1", 50, true, true, false), (stored.Name, stored.Description, stored.Owner, stored.MaxUsers, stored.Public, stored.MembersOnly, stored.InviteNeedConfirm));
        Assert.Equal(("c", "https://a/b"), (stored.Custom, stored.Avatar));
        Assert.Equal(new[] { "u2", "u3" }, stored.Members);
        Assert.Equal(new[] { "u1", "u2", "u3" }, group.Members);
    }

    [Fact]
    public void Csv_rows_create_groups_and_a_blank_cell_is_not_sent()
    {
        using var host = Host();
        host.ClearRequests();
        var groups = host.Run(@"
            @(
                [pscustomobject]@{ Name = 'a'; Owner = 'u1'; Members = 'u2;u3'; MaxUsers = ''; Description = '' }
                [pscustomobject]@{ Name = 'b'; Owner = 'u2'; Members = ''; MaxUsers = '10' }
            ) | New-EmGroup").ThrowIfErrors().Objects<EmGroup>();

        Assert.Equal(new[] { "a", "b" }, groups.Select(g => g.Name));
        Assert.Equal(EmApiLimits.DefaultGroupMaxUsers, host.Store.Groups.FindGroup(groups[0].Id)!.MaxUsers);
        Assert.Equal(10, host.Store.Groups.FindGroup(groups[1].Id)!.MaxUsers);
        Assert.Equal(string.Empty, host.Store.Groups.FindGroup(groups[0].Id)!.Description);
    }

    [Theory]
    [InlineData("-Name '' -Owner u1", "InvalidGroupName")]
    [InlineData("-Name ('x' * 129) -Owner u1", "InvalidGroupName")]
    [InlineData("-Name n -Owner u1 -Description ('d' * 513)", "InvalidGroupDescription")]
    [InlineData("-Name n -Owner u1 -MaxUsers 0", "InvalidMaxUsers")]
    [InlineData("-Name n -Owner u1 -MaxUsers 2 -Members u2,u3", "TooManyMembers")]
    [InlineData("-Name n -Owner u1 -Custom ('c' * 8193)", "InvalidCustom")]
    [InlineData("-Name n -Owner u1 -Avatar ('a' * 1025)", "InvalidAvatar")]
    [InlineData("-Name n -Owner ' '", "InvalidOwner")]
    public void New_EmGroup_refuses_bad_input_before_sending(string arguments, string errorId)
    {
        using var host = Host();
        host.ClearRequests();
        AssertRefusedBeforeSending(host, host.Run("New-EmGroup " + arguments), errorId, "NewEmGroupCommand");
    }

    [Fact]
    public void An_unknown_owner_is_the_server_s_404_and_WhatIf_sends_nothing()
    {
        using var host = Host();
        var error = host.Run("New-EmGroup -Name n -Owner ghost").FirstError!;
        Assert.StartsWith("Easemob.resource_not_found,", error.FullyQualifiedErrorId);
        host.ClearRequests();
        host.Run("New-EmGroup -Name n -Owner u1 -WhatIf; Set-EmGroup -Id 1 -Name x -WhatIf; Remove-EmGroup -Id 1 -WhatIf; Disable-EmGroup -Id 1 -WhatIf; Add-EmGroupMember -Id 1 -Username u2 -WhatIf").ThrowIfErrors();
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Get_EmGroup_lists_every_group_by_cursor_and_details_by_id_in_batches_of_100()
    {
        using var host = Host();
        var ids = Enumerable.Range(0, 5).Select(i => host.Store.Groups.Add("g" + i, "u1", new[] { "u2" })).ToList();
        host.ClearRequests();

        var listed = host.Run("Get-EmGroup -PageSize 2").ThrowIfErrors().Objects<EmGroup>();
        Assert.Equal(ids, listed.Select(g => g.Id));
        Assert.Equal(3, host.ApiRequests().Count);
        Assert.All(listed, g => Assert.Equal(("u1", 2), (g.Owner, g.MemberCount!.Value)));

        host.ClearRequests();
        var details = host.Run("$args[0] | Get-EmGroup", (object)ids.Concat(ids.Take(1)).ToArray()).ThrowIfErrors().Objects<EmGroup>();
        // An id given twice is asked and written once.
        Assert.Equal(ids, details.Select(g => g.Id));
        Assert.Single(host.ApiRequests());
        Assert.Equal(new[] { "u2", "u1" }, details[0].Members);
    }

    [Fact]
    public void Get_EmGroup_Id_reports_a_missing_group_as_its_own_error_and_the_rest_go_on()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1");
        var result = host.Run("Get-EmGroup -Id 404, $args[0], 'a,b'", id);

        Assert.Equal(id, result.Objects<EmGroup>().Single().Id);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("Easemob.service_resource_not_found,") && (string)e.TargetObject == "404");
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("Easemob.InvalidGroupId,"));
    }

    [Fact]
    public void Get_EmGroup_Username_pages_by_number_at_most_20_and_reports_the_total()
    {
        using var host = Host();
        var ids = Enumerable.Range(0, 25).Select(i => host.Store.Groups.Add("g" + i, "u1", new[] { "u2" })).ToList();
        host.ClearRequests();

        var output = host.Run("$all = @(Get-EmGroup -Username u2 -IncludeTotalCount); ($all | Where-Object { $_ -is [Easemob.PowerShell.Model.EmGroup] }).Count; [ulong]$all[-1]").ThrowIfErrors().Output;

        Assert.Equal(new object[] { 25, 25UL }, output.Select(o => o.BaseObject));
        // Two pages of 20 hold 25; a read-ahead may ask for a third before the second's answer shows it is the last.
        Assert.InRange(host.ApiRequests().Count, 2, 3);
        Assert.All(host.ApiRequests(), r => Assert.Contains("pagesize=20", r.Query));
        Assert.Equal(ids.AsEnumerable().Reverse().Take(3), host.Run("Get-EmGroup -Username u2 -First 3").ThrowIfErrors().Objects<EmGroup>().Select(g => g.Id));
    }

    [Fact]
    public void Set_EmGroup_sends_only_the_given_fields()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("old", "u1");
        host.Run("Set-EmGroup -Id $args[0] -Description keep -MaxUsers 300", id).ThrowIfErrors();

        var group = host.Run("[pscustomobject]@{ GroupId = $args[0]; Name = 'new'; Description = ''; MaxUsers = '' } | Set-EmGroup -Public $false -PassThru", id).ThrowIfErrors().Objects<EmGroup>().Single();

        Assert.Equal(("new", false, "keep", 300), (group.Name, group.Public!.Value, group.Description, group.MaxUsers!.Value));
        AssertRefusedBeforeSending(host, ClearThen(host, "Set-EmGroup -Id $args[0]", id), "NothingToSet", "SetEmGroupCommand");
    }

    private static PsResult ClearThen(EmulatorHost host, string script, params object[] args)
    {
        host.ClearRequests();
        return host.Run(script, args);
    }

    [Fact]
    public void Remove_EmGroup_deletes_piped_groups_and_a_missing_one_is_its_error()
    {
        using var host = Host();
        var a = host.Store.Groups.Add("a", "u1");
        var b = host.Store.Groups.Add("b", "u1");

        var result = host.Run("Get-EmGroup | Remove-EmGroup -Force -PassThru; Remove-EmGroup -Id 404 -Force");

        Assert.Equal(new[] { a, b }, result.Objects<EmGroup>().Select(g => g.Id));
        Assert.Empty(host.Store.Groups.GroupIds);
        Assert.StartsWith("Easemob.resource_not_found,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void Disabled_groups_refuse_new_members_until_enabled()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1");

        var disabled = host.Run("Disable-EmGroup -Id $args[0] -PassThru", id).ThrowIfErrors().Objects<EmGroup>().Single();
        var refused = host.Run("Add-EmGroupMember -Id $args[0] -Username u2", id);
        host.Run("Enable-EmGroup -Id $args[0]; Add-EmGroupMember -Id $args[0] -Username u2", id).ThrowIfErrors();

        Assert.True(disabled.Disabled);
        Assert.StartsWith("Easemob.forbidden_op,", refused.FirstError!.FullyQualifiedErrorId);
        Assert.False(host.Store.Groups.FindGroup(id)!.Disabled);
        Assert.Equal(new[] { "u2" }, host.Store.Groups.FindGroup(id)!.Members);
    }

    [Fact]
    public void Set_EmGroupOwner_hands_over_to_a_member()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1", new[] { "u2" });

        var group = host.Run("Set-EmGroupOwner -GroupId $args[0] -NewOwner u2 -PassThru", id).ThrowIfErrors().Objects<EmGroup>().Single();
        var notMember = host.Run("Set-EmGroupOwner -Id $args[0] -NewOwner u3", id);

        Assert.Equal("u2", group.Owner);
        Assert.Equal(new[] { "u1" }, host.Store.Groups.FindGroup(id)!.Members);
        Assert.StartsWith("Easemob.forbidden_op,", notMember.FirstError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void Test_EmGroupMember_answers_per_user_in_order()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1", new[] { "u2" });

        var answers = host.Run("Test-EmGroupMember -Id $args[0] -Username u1,u3,u2", id).ThrowIfErrors().Objects<bool>();

        Assert.Equal(new[] { true, false, true }, answers);
    }

    [Fact]
    public void Members_are_added_in_batches_of_60_per_group_across_the_pipeline_and_read_with_roles()
    {
        var users = Enumerable.Range(0, 130).Select(i => "m" + i).ToArray();
        using var host = new EmulatorHost("-User u1," + string.Join(",", users));
        var id = host.Store.Groups.Add("g", "u1", maxUsers: 500);
        host.ClearRequests();

        host.Run("$gid = $args[0]; $args[1] | ForEach-Object { [pscustomobject]@{ GroupId = $gid; Username = $_ } } | Add-EmGroupMember", id, users).ThrowIfErrors();

        Assert.Equal(3, host.ApiRequests().Count(r => r.Method == "POST"));
        Assert.Equal(130, host.Store.Groups.FindGroup(id)!.Members.Count);
        host.ClearRequests();
        var members = host.Run("Get-EmGroupMember -Id $args[0] -PageSize 50", id).ThrowIfErrors().Objects<EmGroupMember>();
        Assert.Equal(131, members.Count);
        Assert.Equal(("u1", EmGroupRole.Owner), (members[0].Username, members[0].Role));
        Assert.Equal(1 + 3, host.ApiRequests().Count);
        Assert.Equal(new[] { "u1" }, host.Run("Get-EmGroupMember -Id $args[0] -Role Owner", id).Objects<EmGroupMember>().Select(m => m.Username));
    }

    [Fact]
    public void Remove_EmGroupMember_fails_only_the_bad_users()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1", new[] { "u2", "u3" });

        var result = host.Run("Remove-EmGroupMember -Id $args[0] -Username u2,u4,u1 -PassThru", id);

        Assert.Equal(new[] { "u2" }, result.Objects<EmGroupMember>().Select(m => m.Username));
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(new[] { "u3" }, host.Store.Groups.FindGroup(id)!.Members);
    }

    [Fact]
    public void A_blank_user_is_refused_before_sending()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1");
        host.ClearRequests();
        AssertRefusedBeforeSending(host, host.Run("Add-EmGroupMember -Id $args[0] -Username ''", id), "InvalidUsername", "AddEmGroupMemberCommand");
        AssertRefusedBeforeSending(host, host.Run("Get-EmGroupMember -Id ''"), "InvalidGroupId", "GetEmGroupMemberCommand");
    }

    [Theory]
    [InlineData("Get-EmGroup -Detailed", "Id Name Owner MemberCount Public Disabled", @"\sFalse$")]
    [InlineData("Get-EmGroup | Get-EmGroupMember", "GroupId Username Role", @"\sOwner$")]
    public void The_default_group_tables_fit_80_columns(string command, string headers, string lastColumns)
    {
        using var host = Host();
        host.Store.Groups.Add("night-shift-operators", "u1", new[] { "u2" });
        host.Run("$Host.UI.RawUI.BufferSize = $Host.UI.RawUI.WindowSize = [System.Management.Automation.Host.Size]::new(80, 3000)").ThrowIfErrors();

        var lines = host.Ps.Render(command).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();

        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.Equal(headers, string.Join(" ", lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Matches(lastColumns, lines[2].TrimEnd());
    }

    [Fact]
    public void The_README_runbook_disables_exactly_the_groups_whose_owner_is_gone()
    {
        using var host = Host();
        var kept = host.Store.Groups.Add("ops", "u1", new[] { "u2" });
        var orphaned = host.Store.Groups.Add("sales", "u3", new[] { "u2" });
        host.Run("Remove-EmUser -Username u3 -Confirm:$false").ThrowIfErrors();

        host.Run(@"
            $registered = @{}
            Get-EmUser | ForEach-Object { $registered[$_.Username] = $true }
            Get-EmGroup | Where-Object { -not $registered[$_.Owner] } | Disable-EmGroup").ThrowIfErrors();

        Assert.False(host.Store.Groups.FindGroup(kept)!.Disabled);
        Assert.True(host.Store.Groups.FindGroup(orphaned)!.Disabled);
    }

    [Fact]
    public void Sync_EmGroupMember_adds_the_missing_removes_the_rest_keeps_owner_and_admins_and_is_idempotent()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1", new[] { "u2", "u3" });
        host.Run("Add-EmGroupAdmin -Id $args[0] -Username u3", id).ThrowIfErrors();

        var plan = host.Run("Sync-EmGroupMember -Id $args[0] -Username u4,u5 -WhatIf", id).ThrowIfErrors();
        Assert.Equal(new[] { "u2", "u3" }, host.Store.Groups.FindGroup(id)!.Members);
        var result = host.Run("Sync-EmGroupMember -Id $args[0] -Username u4,u5", id).ThrowIfErrors().Objects<EmGroupSyncResult>().Single();
        var again = host.Run("Sync-EmGroupMember -Id $args[0] -Username u4,u5", id).ThrowIfErrors().Objects<EmGroupSyncResult>().Single();

        Assert.Empty(plan.Output);
        Assert.Equal(id, result.GroupId);
        Assert.Equal(new[] { "u4", "u5" }, result.Added.OrderBy(u => u));
        Assert.Equal(new[] { "u2" }, result.Removed);
        Assert.Equal(new[] { "u3", "u4", "u5" }, host.Store.Groups.FindGroup(id)!.Members.OrderBy(m => m));
        Assert.Empty(again.Added);
        Assert.Empty(again.Removed);
    }

    [Fact]
    public void Adding_a_user_already_in_the_group_is_a_success_read_back_from_the_server()
    {
        using var host = Host();
        var id = host.Store.Groups.Add("g", "u1", new[] { "u2" });
        host.Run("Block-EmGroupUser -Id $args[0] -Username u2; Add-EmGroupMember -Id $args[0] -Username u3", id).ThrowIfErrors();
        host.ClearRequests();

        var result = host.Run("Add-EmGroupMember -Id $args[0] -Username u3, u2 -PassThru", id);

        // u3 is a member already (the group refuses such an add; is_joined says so); u2 is blocked.
        Assert.Equal(new[] { "u3" }, result.Objects<EmGroupMember>().Select(m => m.Username));
        Assert.Equal("u2", Assert.Single(result.Errors).TargetObject.GetType().GetProperty("Username")!.GetValue(Assert.Single(result.Errors).TargetObject));

        // Members only: the group refuses the add (403), and is_joined says the user is in.
        host.ClearRequests();
        var alone = host.Run("Add-EmGroupMember -Id $args[0] -Username u3 -PassThru", id).ThrowIfErrors().Objects<EmGroupMember>();
        Assert.Equal("u3", alone.Single().Username);
        Assert.Contains(host.ApiRequests(), r => r.Status == 403);
        Assert.Contains(host.ApiRequests(), r => r.Path.EndsWith("/is_joined"));
    }
}
