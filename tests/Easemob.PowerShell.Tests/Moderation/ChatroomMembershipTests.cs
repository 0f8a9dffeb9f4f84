using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Moderation;

/// <summary>Add/Remove/Sync-EmChatroomMember and the admin cmdlets against the emulator.</summary>
public class ChatroomMembershipTests
{
    private static List<string> AddUsers(EmulatorHost host, string prefix, int count)
    {
        var users = Enumerable.Range(0, count).Select(i => prefix + i).ToList();
        users.ForEach(u => host.Store.AddUser(u));
        return users;
    }

    private static List<string> Members(EmulatorHost host, string id) => host.Store.FindChatroom(id)!.Members.ToList();

    private static List<EmulatorRequestView> Writes(EmulatorHost host) =>
        host.ApiRequests().Where(r => r.Method != "GET").Select(r => new EmulatorRequestView(r.Method + " " + r.Path)).ToList();

    private sealed record EmulatorRequestView(string Line);

    [Fact]
    public void Csv_rows_are_batched_60_per_request_per_chatroom_across_the_pipeline()
    {
        using var host = new EmulatorHost();
        var users = AddUsers(host, "m", 150);
        var a = host.Store.AddChatroom("a", "u1");
        var b = host.Store.AddChatroom("b", "u1");
        // Rows of the two rooms interleaved, as a CSV sorted by user would have them.
        var rows = users.SelectMany((u, i) => i < 70 ? new[] { (Room: a, User: u), (Room: b, User: u) } : new[] { (Room: a, User: u) })
            .Select(r => PSObjectRow(r.Room, r.User)).ToArray();
        host.ClearRequests();

        host.Run("$args[0] | Add-EmChatroomMember", (object)rows).ThrowIfErrors();

        // Batches run concurrently, so the join order of the batches is not fixed.
        Assert.Equal(users.OrderBy(u => u), Members(host, a).OrderBy(u => u));
        Assert.Equal(users.Take(70).OrderBy(u => u), Members(host, b).OrderBy(u => u));
        var posts = host.ApiRequests();
        Assert.All(posts, r => Assert.Equal("POST", r.Method));
        Assert.Equal(3, posts.Count(r => r.Path.Contains("/" + a + "/")));
        Assert.Equal(2, posts.Count(r => r.Path.Contains("/" + b + "/")));
    }

    private static (string ChatroomId, string Username) Target(ErrorRecord error) => ErrorTargets.ChatroomUser(error);

    private static PSObject PSObjectRow(string chatroomId, string username)
    {
        var row = new PSObject();
        row.Properties.Add(new PSNoteProperty("ChatroomId", chatroomId));
        row.Properties.Add(new PSNoteProperty("Username", username));
        return row;
    }

    [Fact]
    public void A_member_already_in_the_room_is_a_success_and_PassThru_writes_each_user()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });

        var added = host.Run("Add-EmChatroomMember -Id $args[0] -Username u2,u3 -PassThru", id).ThrowIfErrors().Objects<EmChatroomMember>();

        Assert.Equal(new[] { "u2", "u3" }, added.Select(m => m.Username));
        Assert.All(added, m => Assert.Equal(id, m.ChatroomId));
        Assert.Equal(new[] { "u2", "u3" }, Members(host, id));
    }

    [Fact]
    public void An_unknown_user_is_its_own_error_and_the_rest_of_the_batch_is_added()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");

        var result = host.Run("Add-EmChatroomMember -Id $args[0] -Username u2,ghost,u3", id);

        Assert.Equal(new[] { "u2", "u3" }, Members(host, id));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.resource_not_found,", error.FullyQualifiedErrorId);
        Assert.Equal((id, "ghost"), Target(error));
    }

    [Fact]
    public void Bad_input_is_refused_before_anything_is_sent()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");
        host.ClearRequests();

        var result = host.Run("Add-EmChatroomMember -Id $args[0] -Username ' '; Add-EmChatroomMember -Id '  ' -Username u2; Remove-EmChatroomMember -Id $args[0] -Username ''", id);

        Assert.Empty(host.ApiRequests());
        Assert.Equal(new[] { "Easemob.InvalidUsername", "Easemob.InvalidChatroomId", "Easemob.InvalidUsername" },
            result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
    }

    [Fact]
    public void Names_are_trimmed_and_a_repeated_name_is_sent_once_in_any_case()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");
        host.ClearRequests();

        var added = host.Run("$id = $args[0]; ' u2 ', 'U2', 'u3' | ForEach-Object { [pscustomobject]@{ ChatroomId = $id; Username = $_ } } | Add-EmChatroomMember -PassThru", id)
            .ThrowIfErrors().Objects<EmChatroomMember>();

        Assert.Equal(new[] { "u2", "u3" }, added.Select(m => m.Username));
        Assert.Single(host.ApiRequests());
    }

    [Fact]
    public void WhatIf_sends_no_write()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });
        host.ClearRequests();

        host.Run("Add-EmChatroomMember -Id $args[0] -Username u3 -WhatIf; Remove-EmChatroomMember -Id $args[0] -Username u2 -WhatIf; Add-EmChatroomAdmin -Id $args[0] -Username u2 -WhatIf", id).ThrowIfErrors();

        Assert.Empty(host.ApiRequests());
        Assert.Equal(new[] { "u2" }, Members(host, id));
    }

    [Fact]
    public void Remove_reports_a_non_member_as_its_own_error_and_removes_the_others()
    {
        using var host = new EmulatorHost();
        var users = AddUsers(host, "m", 3);
        var id = host.Store.AddChatroom("r", "u1", members: users);
        host.ClearRequests();

        var result = host.Run("Remove-EmChatroomMember -Id $args[0] -Username m0,u2,m2 -PassThru -Confirm:$false", id);

        Assert.Equal(new[] { "m1" }, Members(host, id));
        Assert.Equal(new[] { "m0", "m2" }, result.Objects<EmChatroomMember>().Select(m => m.Username));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.forbidden_op,", error.FullyQualifiedErrorId);
        Assert.Equal("u2", Target(error).Username);
        // One removal; after a refusal, one details read tells whether the owner was refused.
        Assert.Single(host.ApiRequests(), r => r.Method == "DELETE");
        Assert.Equal(2, host.ApiRequests().Count);
    }

    [Fact]
    public void Removing_the_only_user_who_is_not_a_member_is_an_error()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");

        var result = host.Run("Remove-EmChatroomMember -Id $args[0] -Username u2", id);

        Assert.StartsWith("Easemob.forbidden_op,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void A_missing_chatroom_is_an_error_for_each_of_its_users()
    {
        using var host = new EmulatorHost();

        var result = host.Run("Add-EmChatroomMember -Id 404404 -Username u2,u3");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("Easemob.resource_not_found,", e.FullyQualifiedErrorId));
        Assert.Equal(new[] { "u2", "u3" }, result.Errors.Select(e => Target(e).Username));
    }

    [Fact]
    public void Admins_are_added_reported_as_Admin_and_removed()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2", "u3" });

        var made = host.Run("Add-EmChatroomAdmin -Id $args[0] -Username u2 -PassThru", id).ThrowIfErrors().Objects<EmChatroomMember>();
        Assert.Equal(EmChatroomRole.Admin, Assert.Single(made).Role);
        Assert.Equal(new[] { "u2" }, host.Store.FindChatroom(id)!.Admins);

        var roles = host.Run("Get-EmChatroomMember -Id $args[0]", id).ThrowIfErrors().Objects<EmChatroomMember>().ToDictionary(m => m.Username, m => m.Role);
        Assert.Equal(EmChatroomRole.Owner, roles["u1"]);
        Assert.Equal(EmChatroomRole.Admin, roles["u2"]);
        Assert.Equal(EmChatroomRole.Member, roles["u3"]);
        Assert.Equal("u2", Assert.Single(host.Run("Get-EmChatroomMember -Id $args[0] -Role Admin", id).ThrowIfErrors().Objects<EmChatroomMember>()).Username);

        host.Run("Get-EmChatroomMember -Id $args[0] -Role Admin | Remove-EmChatroomAdmin", id).ThrowIfErrors();
        Assert.Empty(host.Store.FindChatroom(id)!.Admins);
        Assert.Equal(new[] { "u2", "u3" }, Members(host, id));
    }

    [Fact]
    public void Making_a_non_member_admin_is_that_user_s_error()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });

        var result = host.Run("Add-EmChatroomAdmin -Id $args[0] -Username u3,u2", id);

        Assert.Equal(new[] { "u2" }, host.Store.FindChatroom(id)!.Admins);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.forbidden_op,", error.FullyQualifiedErrorId);
        Assert.Equal("u3", Target(error).Username);
    }

    [Fact]
    public void Sync_adds_and_removes_keeps_owner_and_admins_and_a_second_run_changes_nothing()
    {
        using var host = new EmulatorHost();
        var users = AddUsers(host, "m", 200);
        var id = host.Store.AddChatroom("r", "u1", members: users.Take(130).Append("u2"));
        host.Store.AddChatroomAdmin(id, "u2");
        var wanted = users.Skip(70).ToList();
        host.ClearRequests();

        var result = Assert.Single(host.Run("Sync-EmChatroomMember -Id $args[0] -Username $args[1]", id, wanted.ToArray()).ThrowIfErrors().Objects<EmChatroomSyncResult>());

        Assert.Equal(users.Skip(130), result.Added.OrderBy(u => int.Parse(u.Substring(1))));
        Assert.Equal(users.Take(70), result.Removed.OrderBy(u => int.Parse(u.Substring(1))));
        Assert.Empty(result.Failed);
        Assert.Equal(1 + 60 + 1, result.Unchanged);
        Assert.Equal(wanted.Append("u2").OrderBy(u => u), Members(host, id).OrderBy(u => u));
        // 70 to add and 70 to remove: two batches each.
        Assert.Equal(2, host.ApiRequests().Count(r => r.Method == "POST"));
        Assert.Equal(2, host.ApiRequests().Count(r => r.Method == "DELETE"));

        host.ClearRequests();
        var again = Assert.Single(host.Run("Sync-EmChatroomMember -Id $args[0] -Username $args[1]", id, wanted.ToArray()).ThrowIfErrors().Objects<EmChatroomSyncResult>());
        Assert.Empty(again.Added);
        Assert.Empty(again.Removed);
        Assert.All(host.ApiRequests(), r => Assert.Equal("GET", r.Method));

        var withAdmins = Assert.Single(host.Run("Sync-EmChatroomMember -Id $args[0] -Username $args[1] -IncludeAdmins", id, wanted.ToArray()).ThrowIfErrors().Objects<EmChatroomSyncResult>());
        Assert.Equal(new[] { "u2" }, withAdmins.Removed);
        Assert.Equal("u1", host.Store.FindChatroom(id)!.Owner);
    }

    [Fact]
    public void Sync_WhatIf_prints_the_plan_and_sends_no_write()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2" });
        host.ClearRequests();

        var result = host.Run("Sync-EmChatroomMember -Id $args[0] -Username u3 -WhatIf", id).ThrowIfErrors();

        Assert.Empty(result.Output);
        Assert.All(host.ApiRequests(), r => Assert.Equal("GET", r.Method));
        Assert.Equal(new[] { "u2" }, Members(host, id));
        host.Ps.SetVariable("room", id);
        Assert.Contains(host.Ps.Render("Sync-EmChatroomMember -Id $room -Username u3 -WhatIf").Split('\n'), l => l.Contains("add 1 (u3); remove 1 (u2)"));
    }

    [Fact]
    public void Sync_gathers_csv_rows_per_chatroom()
    {
        using var host = new EmulatorHost();
        var a = host.Store.AddChatroom("a", "u1", members: new[] { "u2" });
        var b = host.Store.AddChatroom("b", "u1");
        var rows = new[] { PSObjectRow(a, "u3"), PSObjectRow(b, "u2"), PSObjectRow(a, "u2"), PSObjectRow(b, "u3") };

        var results = host.Run("$args[0] | Sync-EmChatroomMember", (object)rows).ThrowIfErrors().Objects<EmChatroomSyncResult>();

        Assert.Equal(new[] { a, b }, results.Select(r => r.ChatroomId));
        Assert.Equal(new[] { "u2", "u3" }, Members(host, a));
        Assert.Equal(new[] { "u2", "u3" }, Members(host, b));
    }
}
