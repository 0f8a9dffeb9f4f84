using System.Management.Automation;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell.Tests.Reliability;

/// <summary>
/// Every write cmdlet through 15 % and 25 % injected faults: each item is accounted for, and what the server holds
/// afterwards agrees with what was reported, item by item. An item reported failed did not happen (no false failure);
/// an item reported done did.
/// </summary>
[Collection(nameof(TimingSensitive))]
public class EveryWriteThroughFaultsTests
{
    private const int Users = 40;
    private static readonly string[] Names = Enumerable.Range(1, Users).Select(i => "m" + i).ToArray();

    /// <summary>One write cmdlet's case: the state before, the pipeline, and whether an item was applied.</summary>
    public sealed record Case(Func<EmulatorHost, string[]> Setup, string Script, Func<EmulatorHost, string, bool> Applied);

    private const int MemberRooms = 10;

    /// <summary>An item "chatroom/user" split in two.</summary>
    private static (string Room, string User) Split(string item) => (item.Substring(0, item.IndexOf('/')), item.Substring(item.IndexOf('/') + 1));

    /// <summary>Ten chatrooms owned by u1 with m1..m40 as members; the items are "chatroom/user".</summary>
    private static string[] RoomsWithMembers(EmulatorHost host) =>
        Enumerable.Range(1, MemberRooms).Select(i => host.Store.AddChatroom("room" + i, "u1", null, 1000, Names))
            .SelectMany(room => Names.Select(user => room + "/" + user)).ToArray();

    /// <summary>Pipes each "chatroom/user" item as a CSV-like row to <paramref name="cmdlet"/>.</summary>
    private static string PerUser(string cmdlet) =>
        "$args[0] | ForEach-Object { $room, $user = $_ -split '/'; [pscustomobject]@{ ChatroomId = $room; Username = $user } } | " + cmdlet;

    private static Func<EmulatorHost, string, bool> InRoom(Func<EmulatorHost, string, IEnumerable<string>> list) =>
        (h, item) => list(h, Split(item).Room).Contains(Split(item).User);

    /// <summary>Ten groups owned by u1 with m1..m40 as members; the items are "group/user".</summary>
    private static string[] GroupsWithMembers(EmulatorHost host) =>
        Enumerable.Range(1, MemberRooms).Select(i => host.Store.Groups.Add("group" + i, "u1", Names, 1000))
            .SelectMany(group => Names.Select(user => group + "/" + user)).ToArray();

    /// <summary>Pipes each "group/user" item as a CSV-like row to <paramref name="cmdlet"/>.</summary>
    private static string PerGroupUser(string cmdlet) =>
        "$args[0] | ForEach-Object { $group, $user = $_ -split '/'; [pscustomobject]@{ GroupId = $group; Username = $user } } | " + cmdlet;

    private static Func<EmulatorHost, string, bool> InGroup(Func<EmulatorGroup, IEnumerable<string>> list) =>
        (h, item) => list(h.Store.Groups.FindGroup(Split(item).Room)!).Contains(Split(item).User);

    /// <summary>Thirty groups owned by u1, m1 a member of each; the items are their ids.</summary>
    private static string[] Groups(EmulatorHost host) =>
        Enumerable.Range(1, 30).Select(i => host.Store.Groups.Add("g" + i, "u1", new[] { "m1" }, 1000)).ToArray();

    /// <summary>Thirty chatrooms owned by u1, m1 a member of each; the items are their ids.</summary>
    private static string[] Rooms(EmulatorHost host) =>
        Enumerable.Range(1, 30).Select(i => host.Store.AddChatroom("r" + i, "u1", null, 1000, new[] { "m1" })).ToArray();

    public static readonly Dictionary<string, Case> Cases = new()
    {
        ["Add-EmChatroomAdmin"] = new(RoomsWithMembers, PerUser("Add-EmChatroomAdmin"), InRoom((h, room) => h.Store.FindChatroom(room)!.Admins)),
        ["Remove-EmChatroomAdmin"] = new(h =>
        {
            var items = RoomsWithMembers(h);
            foreach (var (room, user) in items.Select(Split)) h.Store.AddChatroomAdmin(room, user);
            return items;
        }, PerUser("Remove-EmChatroomAdmin"), (h, item) => !InRoom((h, room) => h.Store.FindChatroom(room)!.Admins)(h, item)),
        ["Add-EmChatroomMute"] = new(RoomsWithMembers, PerUser("Add-EmChatroomMute -Permanent"), InRoom((h, room) => h.Store.ChatroomMutes(room).Select(m => m.User))),
        ["Block-EmChatroomUser"] = new(RoomsWithMembers, PerUser("Block-EmChatroomUser"), InRoom((h, room) => h.Store.ChatroomBlockedUsers(room))),
        ["Add-EmChatroomAllowedUser"] = new(RoomsWithMembers, PerUser("Add-EmChatroomAllowedUser"), InRoom((h, room) => h.Store.ChatroomAllowedUsers(room))),
        ["Add-EmChatroomSuperAdmin"] = new(_ => Names, "$args[0] | Add-EmChatroomSuperAdmin", (h, u) => h.Store.ChatroomSuperAdmins.Contains(u)),
        ["Set-EmChatroom"] = new(Rooms, "$args[0] | Set-EmChatroom -Name renamed", (h, id) => h.Store.FindChatroom(id)!.Name == "renamed"),
        ["Set-EmChatroomAnnouncement"] = new(Rooms, "$args[0] | Set-EmChatroomAnnouncement -Announcement hello", (h, id) => h.Store.GetAnnouncement(id) == "hello"),
        ["Set-EmChatroomAttribute"] = new(Rooms, "$args[0] | Set-EmChatroomAttribute -Username m1 -Key k -Value v",
            (h, id) => h.Store.GetAttributes(id).TryGetValue("k", out var value) && value == "v"),
        ["Set-EmGlobalMute"] = new(_ => Names, "$args[0] | Set-EmGlobalMute -Chat 600", (h, u) => h.Store.FindGlobalMute(u)?.Chat > 0),
        ["Remove-EmUser"] = new(_ => Names, "$args[0] | Remove-EmUser -Force", (h, u) => !h.Store.UserExists(u)),
        ["Disable-EmUser"] = new(_ => Names, "$args[0] | Disable-EmUser -Confirm:$false", (h, u) => !h.Store.IsActivated(u)),
        ["Disconnect-EmUser"] = new(h =>
        {
            foreach (var user in Names) h.Store.ConnectDevice(user, "phone");
            return Names;
        }, "$args[0] | Disconnect-EmUser -Confirm:$false", (h, u) => h.Store.Devices(u).Count == 0),
        ["Set-EmUserPassword"] = new(_ => Names, "$args[0] | Set-EmUserPassword -Password $args[1] -Force",
            (h, u) => h.Store.PasswordMatches(u, "n3w-pw")),
        ["Add-EmGroupMember"] = new(h =>
        {
            var groups = Enumerable.Range(1, MemberRooms).Select(i => h.Store.Groups.Add("group" + i, "u1", null, 1000));
            return groups.SelectMany(group => Names.Select(user => group + "/" + user)).ToArray();
        }, PerGroupUser("Add-EmGroupMember"), InGroup(g => g.Members)),
        ["Add-EmGroupAdmin"] = new(GroupsWithMembers, PerGroupUser("Add-EmGroupAdmin"), InGroup(g => g.Admins)),
        ["Add-EmGroupMute"] = new(GroupsWithMembers, PerGroupUser("Add-EmGroupMute -Permanent"), InGroup(g => g.MutedUsers)),
        ["Block-EmGroupUser"] = new(GroupsWithMembers, PerGroupUser("Block-EmGroupUser"), InGroup(g => g.Blocked)),
        ["Add-EmGroupAllowedUser"] = new(GroupsWithMembers, PerGroupUser("Add-EmGroupAllowedUser"), InGroup(g => g.Allowed)),
        ["Set-EmGroup"] = new(Groups, "$args[0] | Set-EmGroup -Name renamed", (h, id) => h.Store.Groups.FindGroup(id)!.Name == "renamed"),
        ["Set-EmGroupAnnouncement"] = new(Groups, "$args[0] | Set-EmGroupAnnouncement -Announcement hello", (h, id) => h.Store.Groups.FindGroup(id)!.Announcement == "hello"),
        ["Disable-EmGroup"] = new(Groups, "$args[0] | Disable-EmGroup -Confirm:$false", (h, id) => h.Store.Groups.FindGroup(id)!.Disabled),
        ["Remove-EmGroup"] = new(Groups, "$args[0] | Remove-EmGroup -Force", (h, id) => h.Store.Groups.FindGroup(id) == null),
    };

    /// <summary>Removals: the state is made with the adding cmdlet first (through the same faults), then undone.</summary>
    public static readonly Dictionary<string, (string Add, string Remove, Func<EmulatorHost, string, bool> Present)> Removals = new()
    {
        ["Remove-EmChatroomMute"] = (PerUser("Add-EmChatroomMute -Permanent"), PerUser("Remove-EmChatroomMute"), InRoom((h, room) => h.Store.ChatroomMutes(room).Select(m => m.User))),
        ["Unblock-EmChatroomUser"] = (PerUser("Block-EmChatroomUser"), PerUser("Unblock-EmChatroomUser"), InRoom((h, room) => h.Store.ChatroomBlockedUsers(room))),
        ["Remove-EmChatroomAllowedUser"] = (PerUser("Add-EmChatroomAllowedUser"), PerUser("Remove-EmChatroomAllowedUser"), InRoom((h, room) => h.Store.ChatroomAllowedUsers(room))),
        ["Remove-EmChatroomSuperAdmin"] = ("$args[0] | Add-EmChatroomSuperAdmin", "$args[0] | Remove-EmChatroomSuperAdmin", (h, u) => h.Store.ChatroomSuperAdmins.Contains(u)),
        ["Remove-EmChatroomAttribute"] = ("$args[0] | Set-EmChatroomAttribute -Username m1 -Key k -Value v", "$args[0] | Remove-EmChatroomAttribute -Username m1 -Key k",
            (h, id) => h.Store.GetAttributes(id).ContainsKey("k")),
        ["Enable-EmUser"] = ("$args[0] | Disable-EmUser -Confirm:$false", "$args[0] | Enable-EmUser", (h, u) => !h.Store.IsActivated(u)),
        ["Remove-EmGroupMember"] = (PerGroupUser("Add-EmGroupMember"), PerGroupUser("Remove-EmGroupMember"), InGroup(g => g.Members)),
        ["Remove-EmGroupAdmin"] = (PerGroupUser("Add-EmGroupAdmin"), PerGroupUser("Remove-EmGroupAdmin"), InGroup(g => g.Admins)),
        ["Remove-EmGroupMute"] = (PerGroupUser("Add-EmGroupMute -Permanent"), PerGroupUser("Remove-EmGroupMute"), InGroup(g => g.MutedUsers)),
        ["Unblock-EmGroupUser"] = (PerGroupUser("Block-EmGroupUser"), PerGroupUser("Unblock-EmGroupUser"), InGroup(g => g.Blocked)),
        ["Remove-EmGroupAllowedUser"] = (PerGroupUser("Add-EmGroupAllowedUser"), PerGroupUser("Remove-EmGroupAllowedUser"), InGroup(g => g.Allowed)),
        ["Enable-EmGroup"] = ("$args[0] | Disable-EmGroup -Confirm:$false", "$args[0] | Enable-EmGroup", (h, id) => h.Store.Groups.FindGroup(id)!.Disabled),
    };

    public static TheoryData<string, double> Writes()
    {
        var data = new TheoryData<string, double>();
        foreach (var name in Cases.Keys.Concat(Removals.Keys))
        {
            data.Add(name, 0.15);
            data.Add(name, 0.25);
        }
        return data;
    }

    private static EmulatorHost Host(double faultRate)
    {
        var host = new EmulatorHost("-User u1,u2 -FaultRate " + faultRate.ToString(System.Globalization.CultureInfo.InvariantCulture) + " -Seed 7 -EnforceRateLimit");
        foreach (var user in Names)
        {
            host.Store.AddUser(user, "pw");
        }
        return host;
    }

    /// <summary>Which of <paramref name="items"/> an error is about: "chatroom/user", the chatroom or the user of its target, or the target.</summary>
    private static string ItemOf(ErrorRecord error, ISet<string> items)
    {
        var target = PSObject.AsPSObject(error.TargetObject);
        var room = target.Properties["ChatroomId"]?.Value?.ToString();
        var user = target.Properties["Username"]?.Value?.ToString();
        return new[] { room + "/" + user, room, user }.FirstOrDefault(key => key != null && items.Contains(key)) ?? error.TargetObject?.ToString() ?? "";
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public void Every_item_is_accounted_for_and_none_falsely_failed(string cmdlet, double faultRate)
    {
        using var host = Host(faultRate);
        string[] items;
        string script;
        Func<EmulatorHost, string, bool> applied;
        if (Cases.TryGetValue(cmdlet, out var write))
        {
            items = write.Setup(host);
            (script, applied) = (write.Script, write.Applied);
        }
        else
        {
            var removal = Removals[cmdlet];
            items = cmdlet switch
            {
                "Remove-EmChatroomAttribute" => Rooms(host),
                "Enable-EmUser" or "Remove-EmChatroomSuperAdmin" => Names,
                "Enable-EmGroup" => Groups(host),
                _ when cmdlet.Contains("EmGroup") => GroupsWithMembers(host),
                _ => RoomsWithMembers(host),
            };
            host.Run(removal.Add, (object)items);
            // Only what the adding run really left in place is removed.
            items = items.Where(item => removal.Present(host, item)).ToArray();
            Assert.NotEmpty(items);
            (script, applied) = (removal.Remove, (h, item) => !removal.Present(h, item));
        }
        host.ClearRequests();

        var result = host.Run(script, items, new System.Net.NetworkCredential("", "n3w-pw").SecurePassword);

        Assert.Null(result.Terminating);
        var errors = result.Errors.ToDictionary(e => ItemOf(e, items.ToHashSet()), e => e.ToString());
        Assert.All(errors.Keys, item => Assert.Contains(item, items));
        Assert.All(items, item => Assert.True(applied(host, item) != errors.ContainsKey(item),
            $"{item}: {(errors.TryGetValue(item, out var error) ? "reported failed but applied: " + error : "reported done but not applied")}"));
        // Positive control: the run met faults.
        Assert.Contains(host.Requests, r => r.Fault != EmulatorFault.None);
    }
}
