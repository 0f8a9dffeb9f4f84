using System.Management.Automation;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Groups;

/// <summary>Group writes under the emulator's faults, and group id completion.</summary>
public sealed class GroupReliabilityTests
{
    [Fact]
    public void Group_creates_and_member_adds_through_faults_are_never_duplicated_lost_or_falsely_failed()
    {
        var users = Enumerable.Range(0, 120).Select(i => "m" + i).ToArray();
        using var host = new EmulatorHost("-User u1," + string.Join(",", users) + " -FaultRate 0.15 -Seed 11 -EnforceRateLimit");
        var names = Enumerable.Range(1, 100).Select(i => "group-" + i).ToArray();

        var create = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Name = $_; Owner = 'u1'; MaxUsers = 500 } } | New-EmGroup", (object)names);
        var created = create.Objects<EmGroup>();
        var failed = create.Errors.Select(e => (string)e.TargetObject).ToList();
        var stored = host.Store.Groups.GroupIds.Select(id => host.Store.Groups.FindGroup(id)!).ToList();

        // Each name made once, each made group reported, each reported failure really not made.
        Assert.Equal(stored.Count, stored.Select(g => g.Name).Distinct().Count());
        Assert.Equal(names.Where(n => !failed.Contains(n)), created.Select(g => g.Name));
        Assert.Equal(created.Select(g => g.Id).OrderBy(i => i), stored.Select(g => g.Id).OrderBy(i => i));
        Assert.InRange(failed.Count, 0, 1);
        Assert.Contains(host.Requests, r => r.Method == "POST" && r.Path.EndsWith("/chatgroups")
            && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));

        var id = created[0].Id;
        var add = host.Run("$gid = $args[0]; $args[1] | ForEach-Object { [pscustomobject]@{ GroupId = $gid; Username = $_ } } | Add-EmGroupMember", id, users);
        var failedUsers = add.Errors.Select(e => (string)e.TargetObject.GetType().GetProperty("Username")!.GetValue(e.TargetObject)!).ToList();
        Assert.Equal(users.Where(u => !failedUsers.Contains(u)).OrderBy(u => u), host.Store.Groups.FindGroup(id)!.Members.OrderBy(u => u));
        Assert.InRange(failedUsers.Count, 0, 1);
    }

    [Theory]
    [InlineData("Get-EmGroup -Id ")]
    [InlineData("Remove-EmGroup -Id ")]
    [InlineData("Add-EmGroupMember -Id ")]
    [InlineData("Add-EmGroupMute -Id ")]
    public void Group_ids_complete_from_the_session_showing_names(string input)
    {
        using var host = new EmulatorHost();
        var ops = host.Store.Groups.Add("ops", "u1");
        var sales = host.Store.Groups.Add("sales", "u1");
        host.Store.AddChatroom("a-chatroom", "u1");

        var matches = host.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches", input).ThrowIfErrors().Objects<CompletionResult>();

        Assert.Equal(new[] { ops, sales }, matches.Select(m => m.CompletionText));
        Assert.Equal(ops + " (ops)", matches[0].ListItemText);
    }
}
