using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Chatrooms;

public class ChatroomMemberTests
{
    [Fact]
    public void Members_are_read_page_by_page_without_loss_or_duplicates()
    {
        using var host = new EmulatorHost();
        var users = Enumerable.Range(0, 250).Select(i => "m" + i).ToList();
        users.ForEach(u => host.Store.AddUser(u));
        var id = host.Store.AddChatroom("big", "u1", null, 1000, users);
        host.ClearRequests();

        var members = host.Run("Get-EmChatroomMember -Id $args[0] -PageSize 100", id).ThrowIfErrors().Objects<EmChatroomMember>();

        Assert.Equal(251, members.Count);
        Assert.Equal(users.Append("u1").OrderBy(u => u), members.Select(m => m.Username).OrderBy(u => u));
        Assert.Equal("u1", Assert.Single(members, m => m.Role == EmChatroomRole.Owner).Username);
        Assert.All(members, m => Assert.Equal(id, m.ChatroomId));
        // Three member pages, and the admin list read alongside the first to report the Admin role.
        Assert.Equal(3, host.ApiRequests().Count(r => r.Path.EndsWith("/users")));
        Assert.Single(host.ApiRequests(), r => r.Path.EndsWith("/admin"));
        Assert.Equal(4, host.ApiRequests().Count);
    }

    [Fact]
    public void Role_filters_and_First_stops_reading()
    {
        using var host = new EmulatorHost();
        var users = Enumerable.Range(0, 250).Select(i => "m" + i).ToList();
        users.ForEach(u => host.Store.AddUser(u));
        var id = host.Store.AddChatroom("big", "u1", null, 1000, users);

        var owner = host.Run("Get-EmChatroomMember -Id $args[0] -Role Owner", id).ThrowIfErrors().Objects<EmChatroomMember>();
        Assert.Equal("u1", Assert.Single(owner).Username);

        host.ClearRequests();
        var first = host.Run("Get-EmChatroomMember -Id $args[0] -PageSize 100 -First 50", id).ThrowIfErrors().Objects<EmChatroomMember>();
        Assert.Equal(50, first.Count);
        Assert.Single(host.ApiRequests(), r => r.Path.EndsWith("/users"));
        Assert.Equal(2, host.ApiRequests().Count);
    }

    [Fact]
    public void IncludeTotalCount_gives_the_chatroom_s_member_count()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2", "u3" });
        var output = host.Run("$all = @(Get-EmChatroomMember -Id $args[0] -IncludeTotalCount -First 1); $all.Count; \"$($all[-1])\"", id).ThrowIfErrors().Output;
        Assert.Equal(2, (int)output[0].BaseObject);
        Assert.Equal("3", output[1].ToString());
    }

    [Fact]
    public void Joined_chatrooms_pipe_into_members_and_members_into_users()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("a", "u1", null, 100, new[] { "u3" });
        host.Store.AddChatroom("b", "u2", null, 100, new[] { "u3" });

        var members = host.Run("Get-EmChatroom -Username u3 | Get-EmChatroomMember").ThrowIfErrors().Objects<EmChatroomMember>();
        Assert.Equal(new[] { "u1", "u2", "u3", "u3" }, members.Select(m => m.Username).OrderBy(u => u));

        var users = host.Run("Get-EmChatroom -Username u3 | Get-EmChatroomMember -Role Owner | Get-EmUser").ThrowIfErrors().Objects<EmUser>();
        Assert.Equal(new[] { "u1", "u2" }, users.Select(u => u.Username).OrderBy(u => u));
    }

    [Fact]
    public void An_unknown_chatroom_is_an_error_and_the_others_still_list()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");
        var result = host.Run("'404404', $args[0] | Get-EmChatroomMember", id);
        Assert.Equal("u1", Assert.Single(result.Objects<EmChatroomMember>()).Username);
        Assert.Equal("404404", Assert.Single(result.Errors).TargetObject);
        Assert.StartsWith("Easemob.service_resource_not_found,", result.Errors[0].FullyQualifiedErrorId);
    }
}
