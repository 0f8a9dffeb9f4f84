using System.Management.Automation;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Reliability;

/// <summary>
/// Issue 13's target: bulk writes through 15 % injected faults and the enforced rate limit make no duplicate, lose
/// nothing, report at most 1 % failed, and every item reported failed really did not happen.
/// </summary>
[Collection(nameof(TimingSensitive))]
public class UncertainOutcomeTests
{
    private const string FaultyServer = "-User u1,u2 -FaultRate 0.15 -Seed 11 -EnforceRateLimit";

    private static int MostFailures(int items) => items / 100;

    [Fact]
    public void Creates_transfers_and_deletes_through_faults_are_never_duplicated_lost_or_falsely_failed()
    {
        using var host = new EmulatorHost(FaultyServer);
        var names = Enumerable.Range(1, 200).Select(i => "room-" + i).ToArray();

        var create = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Name = $_; Owner = 'u1' } } | New-EmChatroom", (object)names);
        var created = create.Objects<EmChatroom>();
        var failedNames = create.Errors.Select(e => (string)e.TargetObject).ToList();
        var stored = host.Store.Chatrooms;
        Assert.Equal(stored.Count, stored.Select(c => c.Name).Distinct().Count());
        Assert.Equal(names.Where(n => !failedNames.Contains(n)), created.Select(c => c.Name));
        Assert.Equal(created.Select(c => c.Id).OrderBy(i => i), stored.Select(c => c.Id).OrderBy(i => i));
        Assert.All(created, c => Assert.Equal(c.Name, host.Store.FindChatroom(c.Id)!.Name));
        Assert.InRange(failedNames.Count, 0, MostFailures(names.Length));
        // Positive control: creates whose answer was lost after the room was made did happen, and were resolved.
        Assert.Contains(host.Requests, r => r.Method == "POST" && r.Path.EndsWith("/chatrooms")
            && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));

        var ids = created.Select(c => c.Id).ToArray();
        var transfer = host.Run("$args[0] | Set-EmChatroomOwner -NewOwner u2", (object)ids);
        var failedTransfers = transfer.Errors.Select(e => e.TargetObject.ToString()).ToList();
        Assert.InRange(failedTransfers.Count, 0, MostFailures(ids.Length));
        Assert.All(host.Store.Chatrooms, c => Assert.Equal(failedTransfers.Contains(c.Id) ? "u1" : "u2", c.Owner));

        var delete = host.Run("$args[0] | Remove-EmChatroom -Force", (object)ids);
        var failedDeletes = delete.Errors.Select(e => e.TargetObject.ToString()).ToList();
        Assert.InRange(failedDeletes.Count, 0, MostFailures(ids.Length));
        Assert.Equal(failedDeletes.OrderBy(i => i), host.Store.Chatrooms.Select(c => c.Id).OrderBy(i => i));
    }

    [Fact]
    public void A_thousand_users_created_through_faults_are_never_duplicated_lost_or_falsely_failed()
    {
        // One batch at a time, so the requests arrive in a fixed order up to the first fault and the seed decides it:
        // with seed 12 the first fault is a register applied but answered 500 (the positive control below).
        using var host = new EmulatorHost("-User u1,u2 -FaultRate 0.15 -Seed 12 -EnforceRateLimit");
        var names = Enumerable.Range(1, 1000).Select(i => "user" + i).ToArray();

        var result = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Username = $_; Password = 'pw-' + $_ } } | New-EmUser -ThrottleLimit 1", (object)names);

        var failed = result.Errors.Select(e => (string)e.TargetObject).ToList();
        Assert.InRange(failed.Count, 0, MostFailures(names.Length));
        Assert.Equal(names.Where(n => !failed.Contains(n)), result.Objects<EmUser>().Select(u => u.Username));
        Assert.All(names, n => Assert.Equal(!failed.Contains(n), host.Store.UserExists(n)));
        Assert.Contains(host.Requests, r => r.Method == "POST" && r.Path.EndsWith("/users")
            && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));
    }

    [Fact]
    public void A_thousand_members_added_through_faults_are_never_duplicated_lost_or_falsely_failed()
    {
        // One batch at a time, so the requests arrive in a fixed order and the seed decides the faults: with seed 13
        // the first is a batch applied but its connection dropped (the positive control below).
        using var host = new EmulatorHost("-User u1,u2 -FaultRate 0.15 -Seed 13 -EnforceRateLimit");
        var users = Enumerable.Range(1, 250).Select(i => "m" + i).ToArray();
        foreach (var user in users)
        {
            host.Store.AddUser(user);
        }
        var rooms = Enumerable.Range(1, 4).Select(i => host.Store.AddChatroom("room-" + i, "u1", null, 1000)).ToArray();
        var rows = rooms.SelectMany(room => users.Select(user => (Room: room, User: user))).ToArray();

        var result = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ ChatroomId = $_[0]; Username = $_[1] } } | Add-EmChatroomMember -PassThru -ThrottleLimit 1",
            (object)rows.Select(r => new object[] { r.Room, r.User }).ToArray());

        var failed = result.Errors.Select(e => PSObject.AsPSObject(e.TargetObject).Properties)
            .Select(p => (Room: (string)p["ChatroomId"].Value, User: (string)p["Username"].Value)).ToList();
        Assert.InRange(failed.Count, 0, MostFailures(rows.Length));
        // Each chatroom's last partial batch is sent at the end, so the output is compared in any order.
        Assert.Equal(rows.Except(failed).OrderBy(r => r), result.Objects<EmChatroomMember>().Select(m => (Room: m.ChatroomId, User: m.Username)).OrderBy(r => r));
        foreach (var room in rooms)
        {
            var members = host.Store.FindChatroom(room)!.Members;
            Assert.Equal(members.Count, members.Distinct().Count());
            Assert.Equal(users.Where(u => !failed.Contains((room, u))).OrderBy(u => u), members.OrderBy(u => u));
        }
        // Positive control: batches were applied but answered with a fault, and retried.
        Assert.Contains(host.Requests, r => r.Method == "POST" && r.Path.EndsWith("/users")
            && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));
    }

    [Fact]
    public void A_thousand_members_removed_through_faults_are_never_falsely_failed()
    {
        // One batch at a time, so the seed decides the faults; a batch applied but answered with a fault is retried,
        // and its retry reports the users as no longer members: removed by the earlier attempt, not failures.
        using var host = new EmulatorHost("-User u1,u2 -FaultRate 0.15 -Seed 5 -EnforceRateLimit");
        var users = Enumerable.Range(1, 250).Select(i => "m" + i).ToArray();
        foreach (var user in users)
        {
            host.Store.AddUser(user);
        }
        var rooms = Enumerable.Range(1, 4).Select(i => host.Store.AddChatroom("room-" + i, "u1", null, 1000, users)).ToArray();
        var rows = rooms.SelectMany(room => users.Select(user => new object[] { room, user })).ToArray();

        var result = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ ChatroomId = $_[0]; Username = $_[1] } } | Remove-EmChatroomMember -Confirm:$false -ThrottleLimit 1",
            (object)rows);

        var failed = result.Errors.Select(e => PSObject.AsPSObject(e.TargetObject).Properties)
            .Select(p => (Room: (string)p["ChatroomId"].Value, User: (string)p["Username"].Value)).ToList();
        Assert.InRange(failed.Count, 0, MostFailures(rows.Length));
        foreach (var room in rooms)
        {
            Assert.Equal(failed.Where(f => f.Room == room).Select(f => f.User).OrderBy(u => u), host.Store.FindChatroom(room)!.Members.OrderBy(u => u));
        }
        // Positive control: a removal was applied but answered with a fault, and retried.
        Assert.Contains(host.Requests, r => r.Method == "DELETE"
            && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));
    }

    [Fact]
    public void An_error_that_may_have_applied_says_so_in_its_message_property_and_recommended_action()
    {
        // Seed 50 at rate 0.5, one request at a time: the token passes, the create is made but answered 500, and the
        // lookup's connection drops (not retried with -MaxRetry 0).
        using var host = new EmulatorHost("-User u1 -FaultRate 0.5 -Seed 50", "-MaxRetry 0");

        var error = Assert.Single(host.Run("New-EmChatroom -Name lobby -Owner u1").Errors);

        Assert.Equal(new[] { EmulatorFault.None, EmulatorFault.ServerErrorAfterApply, EmulatorFault.DropBeforeApply }, host.Requests.Select(r => r.Fault));
        Assert.Single(host.Store.Chatrooms);
        Assert.Equal("EasemobApiException", error.Exception.GetType().Name);
        Assert.Equal(true, PSObject.AsPSObject(error.Exception).Properties["MayExist"].Value);
        Assert.Contains("The chatroom may exist", error.Exception.Message);
        Assert.Contains("before running this item again", error.ErrorDetails.RecommendedAction);
        Assert.Equal("lobby", error.TargetObject);
    }

    [Fact]
    public void Creates_with_chosen_ids_are_idempotent_through_faults()
    {
        using var host = new EmulatorHost("-User u1 -AllowRoomId -FaultRate 0.3 -Seed 11");
        var ids = Enumerable.Range(1, 50).Select(i => "room" + i).ToArray();

        var created = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Name = 'same'; Owner = 'u1'; RoomId = $_ } } | New-EmChatroom", (object)ids)
            .ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids, created.Select(c => c.Id));
        Assert.Equal(ids.OrderBy(i => i), host.Store.Chatrooms.Select(c => c.Id).OrderBy(i => i));
        // Positive control: some creates were applied but answered with a fault, and their retry met "already exists".
        Assert.Contains(host.Requests, r => r.Method == "POST" && r.ErrorCode == "illegal_argument");
    }

    [Fact]
    public void A_chosen_id_that_is_not_lowercase_letters_and_digits_is_refused_before_any_request()
    {
        using var host = new EmulatorHost("-User u1 -AllowRoomId");
        host.ClearRequests();

        var error = Assert.Single(host.Run("New-EmChatroom -Name n -Owner u1 -RoomId Lobby-1").Errors);

        Assert.StartsWith("Easemob.InvalidRoomId,", error.FullyQualifiedErrorId);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Profiles_contacts_blocks_and_user_tokens_through_faults_are_never_lost_or_falsely_failed()
    {
        var names = Enumerable.Range(1, 100).Select(i => "p" + i).ToArray();
        using var host = new EmulatorHost("-User p0," + string.Join(",", names) + " -FaultRate 0.15 -Seed 13 -EnforceRateLimit");

        var set = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Username = $_; Nickname = 'N-' + $_ } } | Set-EmUserAttribute", (object)names);
        var failedSets = set.Errors.Select(e => (string)e.TargetObject).ToList();
        Assert.InRange(failedSets.Count, 0, MostFailures(names.Length) + 1);
        Assert.All(names.Where(n => !failedSets.Contains(n)), n => Assert.Equal("N-" + n, host.Store.UserAttributes(n)["nickname"]));

        var add = host.Run("Add-EmUserContact p0 -Contact $args[0]", (object)names);
        Assert.InRange(add.Errors.Count, 0, MostFailures(names.Length) + 1);
        Assert.Equal(names.Length - add.Errors.Count, host.Store.Contacts("p0").Count);

        var block = host.Run("Block-EmUser p0 -BlockedUser $args[0] -PassThru", (object)names);
        Assert.Empty(block.Errors);
        Assert.Equal(names.OrderBy(n => n), host.Store.BlockedUsers("p0").OrderBy(n => n));

        var fresh = Enumerable.Range(1, 100).Select(i => "t" + i).ToArray();
        var tokens = host.Run("$args[0] | New-EmUserToken -CreateUser -AsPlainText", (object)fresh);
        Assert.InRange(tokens.Errors.Count, 0, MostFailures(fresh.Length) + 1);
        Assert.All(tokens.Objects<EmUserToken>(), t => Assert.Equal(t.Username, (string?)host.Emulator.Methods["AuthenticateUser"].Invoke(t.PlainTextToken)));
        // Positive control: faults did hit these calls.
        Assert.Contains(host.Requests, r => r.Fault != EmulatorFault.None && r.Path.Contains("/metadata/user/"));
    }
}
