using System.Management.Automation;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Moderation;

/// <summary>
/// The batched writes' engine: Sync's -ThrottleLimit, user names that look like words of the vendor's messages, and
/// what a terminating error leaves reported.
/// </summary>
public class BatchEngineTests
{
    private static readonly string[] OddNames = { "username", "members", "owner", "homeowner1", "john.", "a-b_c.d" };

    /// <summary>The chatroom id a request is about (the path segment after "chatrooms"), or null.</summary>
    private static string? RoomOf(EmulatorRequest request)
    {
        var segments = request.Path.Split('/');
        var at = Array.IndexOf(segments, "chatrooms");
        return at >= 0 && at + 1 < segments.Length ? segments[at + 1] : null;
    }

    private static bool Overlap(EmulatorRequest a, EmulatorRequest b) => a.Time < b.Answered && b.Time < a.Answered;

    /// <summary>Three chatrooms with members m0..m89, each to be synced to m30..m119 (adds and removes in every room).</summary>
    private static (EmulatorHost Host, string[] Rooms, string[] Wanted) ThreeRoomsToSync()
    {
        var host = new EmulatorHost("-User u1 -Latency 0.03");
        var users = Enumerable.Range(0, 120).Select(i => "m" + i).ToArray();
        foreach (var user in users)
        {
            host.Store.AddUser(user);
        }
        var rooms = Enumerable.Range(1, 3).Select(i => host.Store.AddChatroom("r" + i, "u1", members: users.Take(90))).ToArray();
        host.ClearRequests();
        return (host, rooms, users.Skip(30).ToArray());
    }

    [Fact]
    public void Sync_with_ThrottleLimit_1_keeps_one_request_in_flight()
    {
        var (host, rooms, wanted) = ThreeRoomsToSync();
        using (host)
        {
            var results = host.Run("$args[0] | Sync-EmChatroomMember -Username $args[1] -ThrottleLimit 1", rooms, wanted).ThrowIfErrors().Objects<EmChatroomSyncResult>();

            Assert.Equal(rooms, results.Select(r => r.ChatroomId));
            Assert.All(rooms, room => Assert.Equal(wanted.OrderBy(u => u), host.Store.FindChatroom(room)!.Members.OrderBy(u => u)));
            var requests = host.ApiRequests().OrderBy(r => r.Time).ToList();
            // A read and a write per room at least: the check below is about something.
            Assert.True(requests.Count >= 3 * 4);
            Assert.All(requests.Zip(requests.Skip(1)), pair => Assert.False(Overlap(pair.First, pair.Second), $"{pair.First} overlaps {pair.Second}"));
        }
    }

    [Fact]
    public void Sync_with_a_higher_ThrottleLimit_syncs_chatrooms_concurrently()
    {
        var (host, rooms, wanted) = ThreeRoomsToSync();
        using (host)
        {
            var results = host.Run("$args[0] | Sync-EmChatroomMember -Username $args[1] -ThrottleLimit 8", rooms, wanted).ThrowIfErrors().Objects<EmChatroomSyncResult>();

            Assert.Equal(rooms, results.Select(r => r.ChatroomId));
            Assert.All(results, r => Assert.Equal((30, 30, 60), (r.Added.Length, r.Removed.Length, r.Unchanged - 1)));
            var requests = host.ApiRequests();
            Assert.Contains(requests, a => requests.Any(b => RoomOf(a) != RoomOf(b) && Overlap(a, b)));
        }
    }

    private static EmulatorHost OddNamesHost(string faults)
    {
        var host = new EmulatorHost("-User u1 " + faults);
        foreach (var user in OddNames)
        {
            host.Store.AddUser(user);
        }
        return host;
    }

    [Theory]
    [InlineData("")]
    [InlineData("-FaultRate 0.5 -Seed 3")]
    public void Users_named_like_words_of_the_vendor_s_messages_get_their_own_outcomes(string faults)
    {
        using var host = OddNamesHost(faults);
        // "john." is not a member, "ghost" does not exist: each fails alone, every other user is added and then managed.
        var id = host.Store.AddChatroom("r", "u1", members: OddNames.Where(u => u != "john."));

        var mute = host.Run("Add-EmChatroomMute -Id $args[0] -Username $args[1] -Permanent -PassThru", id, OddNames);
        Assert.Equal(new[] { "john." }, mute.Errors.Select(e => ErrorTargets.ChatroomUser(e).Username));
        Assert.Equal(OddNames.Where(u => u != "john.").OrderBy(u => u), host.Store.ChatroomMutes(id).Select(m => m.User).OrderBy(u => u));

        var allow = host.Run("Add-EmChatroomAllowedUser -Id $args[0] -Username $args[1]", id, OddNames);
        Assert.Equal(new[] { "john." }, allow.Errors.Select(e => ErrorTargets.ChatroomUser(e).Username));

        var add = host.Run("Add-EmChatroomMember -Id $args[0] -Username $args[1] -PassThru", id, OddNames.Append("ghost").ToArray());
        Assert.Equal(new[] { "ghost" }, add.Errors.Select(e => ErrorTargets.ChatroomUser(e).Username));
        Assert.Equal(OddNames.OrderBy(u => u), host.Store.FindChatroom(id)!.Members.OrderBy(u => u));

        var remove = host.Run("Remove-EmChatroomMember -Id $args[0] -Username $args[1] -Confirm:$false", id, OddNames);
        Assert.Empty(remove.Errors);
        Assert.Empty(host.Store.FindChatroom(id)!.Members);
    }

    [Fact]
    public void A_terminating_error_in_a_batch_comes_after_the_batch_s_other_outcomes()
    {
        using var host = new EmulatorHost("-User u1,u2,u3,u4");
        var id = host.Store.AddChatroom("r", "u1", members: new[] { "u2", "u4" });

        var result = host.Run("""
            $written = @()
            try { Add-EmChatroomAllowedUser -Id $args[0] -Username u2,u3,u4 -PassThru -ErrorAction Stop | ForEach-Object { $written += $_.Username } }
            catch { $stoppedAt = $_.TargetObject.Username }
            $written; "stopped at $stoppedAt"
            """, id).ThrowIfErrors();

        // u3 is not a member: its error stops the pipeline, but u2 and u4 were allowed and are reported first.
        Assert.Equal(new object[] { "u2", "u4", "stopped at u3" }, result.Output.Select(o => o.BaseObject));
        Assert.Equal(new[] { "u2", "u4" }, host.Store.ChatroomAllowedUsers(id));
    }
}
