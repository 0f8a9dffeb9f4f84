using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Input;

/// <summary>Input is checked once, by the vendor's rules (EmApiLimits), the same on every cmdlet.</summary>
public class InputCheckTests
{
    [Fact]
    public void Names_are_counted_in_characters_as_the_service_counts_them()
    {
        using var host = new EmulatorHost();
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", EmApiLimits.MaxChatroomNameLength));
        var room = host.Run("New-EmChatroom -Name $args[0] -Owner u1", emoji).ThrowIfErrors().Objects<EmChatroom>().Single();
        Assert.Equal(emoji, host.Store.FindChatroom(room.Id)!.Name);

        host.ClearRequests();
        var tooLong = host.Run("New-EmChatroom -Name $args[0] -Owner u1", emoji + "\U0001F600");
        Assert.Equal("Easemob.InvalidChatroomName,Easemob.PowerShell.Commands.NewEmChatroomCommand", tooLong.FirstError!.FullyQualifiedErrorId);
        Assert.Contains("has 129", tooLong.FirstError.ToString());
        Assert.Empty(host.ApiRequests());
    }

    [Theory]
    [InlineData("New-EmChatroom -Name n -Owner '  '", "InvalidOwner")]
    [InlineData("Set-EmChatroomOwner -Id 1 -NewOwner ' '", "InvalidNewOwner")]
    [InlineData("Set-EmGlobalMute -Username ' ' -Chat 5", "InvalidUsername")]
    [InlineData("Remove-EmUser -Username '  ' -Force", "InvalidUsername")]
    [InlineData("New-EmUser -Username ' ' -Password pw", "InvalidUsername")]
    [InlineData("Remove-EmChatroom -Id ' ' -Force", "InvalidChatroomId")]
    [InlineData("Set-EmChatroom -Id ' ' -Name n", "InvalidChatroomId")]
    public void Blank_user_names_and_ids_are_refused_before_sending(string command, string errorId)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run(command);
        Assert.StartsWith("Easemob." + errorId + ",", result.FirstError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.FirstError.CategoryInfo.Category);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Surrounding_white_space_of_ids_and_user_names_from_files_is_trimmed()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        host.Run(@"
            [pscustomobject]@{ Id = "" $($args[0]) ""; NewOwner = ' u2 ' } | Set-EmChatroomOwner
            "" u3`t"" | Set-EmGlobalMute -Chat 60", id).ThrowIfErrors();
        Assert.Equal("u2", host.Store.FindChatroom(id)!.Owner);
        Assert.InRange(host.Store.FindGlobalMute("u3")!.Chat!.Value, 1, 60);
    }

    [Fact]
    public void Target_parameters_take_arrays()
    {
        using var host = new EmulatorHost("-User u1,u2,u3,u4");
        var a = host.Store.AddChatroom("a", "u1", null, 100, new[] { "u2" });
        var b = host.Store.AddChatroom("b", "u1", null, 100, new[] { "u3" });
        var c = host.Store.AddChatroom("c", "u1");
        var members = host.Run("Get-EmChatroomMember -Id $args[0], $args[1]", a, b).ThrowIfErrors().Objects<EmChatroomMember>();
        Assert.Equal(new[] { "u1", "u2", "u1", "u3" }, members.Select(m => m.Username));

        host.Run(@"
            Set-EmChatroom -Id $args[0], $args[1] -MaxUsers 7
            Set-EmGlobalMute -Username u1, u2 -Chat 60
            Remove-EmUser -Username u3, u4 -Force
            Remove-EmChatroom -Id $args[0], $args[2] -Force", a, b, c).ThrowIfErrors();
        Assert.Equal(new[] { "b" }, host.Store.Chatrooms.Select(r => r.Name));
        Assert.Equal(7, host.Store.FindChatroom(b)!.MaxUsers);
        Assert.All(new[] { "u1", "u2" }, u => Assert.InRange(host.Store.FindGlobalMute(u)!.Chat!.Value, 1, 60));
        Assert.Empty(host.Run("Get-EmUser -Username u3, u4 -ErrorAction SilentlyContinue").Output);
    }

    [Fact]
    public void Chatroom_members_pipe_into_Get_EmChatroom_as_their_chatroom()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        var rooms = host.Run("Get-EmChatroomMember -Id $args[0] | Get-EmChatroom", id).ThrowIfErrors().Objects<EmChatroom>();
        Assert.NotEmpty(rooms);
        Assert.All(rooms, r => Assert.Equal(id, r.Id));
    }
}
