using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Chatrooms;

public class ChangeChatroomTests
{
    [Fact]
    public void New_EmChatroom_creates_and_emits_the_chatroom()
    {
        using var host = new EmulatorHost();
        var room = host.Run("New-EmChatroom -Name lobby -Owner u1 -Description 'the lobby' -MaxUsers 50 -Members u2,u3 -Custom 'k=v'")
            .ThrowIfErrors().Objects<EmChatroom>().Single();

        var stored = host.Store.FindChatroom(room.Id)!;
        Assert.Equal("lobby", stored.Name);
        Assert.Equal("the lobby", stored.Description);
        Assert.Equal(50, stored.MaxUsers);
        Assert.Equal("u1", stored.Owner);
        Assert.Equal(new[] { "u2", "u3" }, stored.Members.OrderBy(m => m));
        Assert.Equal("k=v", stored.Custom);
        Assert.Equal(new[] { "u1", "u2", "u3" }, room.Members);
        Assert.Equal(3, room.MemberCount);
    }

    [Fact]
    public void Csv_like_rows_bind_by_property_name_and_a_Members_column_is_split()
    {
        using var host = new EmulatorHost("-User u1,u2,u3,u4");
        var rooms = host.Run(@"
            @(
                [pscustomobject]@{ Name = 'a'; Owner = 'u1'; Members = 'u2;u3 u4'; MaxUsers = '10' }
                [pscustomobject]@{ Name = 'b'; Owner = 'u2'; Members = 'u1,u3'; Description = 'room b' }
            ) | New-EmChatroom").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(new[] { "a", "b" }, rooms.Select(r => r.Name));
        Assert.Equal(new[] { "u2", "u3", "u4" }, host.Store.FindChatroom(rooms[0].Id)!.Members.OrderBy(m => m));
        Assert.Equal(10, host.Store.FindChatroom(rooms[0].Id)!.MaxUsers);
        Assert.Equal("room b", host.Store.FindChatroom(rooms[1].Id)!.Description);
    }

    [Theory]
    [InlineData("-Name '' -Owner u1", "InvalidChatroomName")]
    [InlineData("-Name ('x' * 129) -Owner u1", "InvalidChatroomName")]
    [InlineData("-Name n -Owner u1 -Description ('d' * 513)", "InvalidChatroomDescription")]
    [InlineData("-Name n -Owner u1 -MaxUsers 0", "InvalidMaxUsers")]
    [InlineData("-Name n -Owner u1 -MaxUsers 10001", "InvalidMaxUsers")]
    [InlineData("-Name n -Owner u1 -MaxUsers 2 -Members u2,u3", "TooManyMembers")]
    [InlineData("-Name n -Owner u1 -Custom ('c' * 8193)", "InvalidCustom")]
    public void Invalid_input_is_refused_before_anything_is_sent(string arguments, string errorId)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("New-EmChatroom " + arguments);
        Assert.Equal("Easemob." + errorId + ",Easemob.PowerShell.Commands.NewEmChatroomCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, result.FirstError.CategoryInfo.Category);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Members_exported_to_CSV_as_the_array_s_type_name_are_refused_saying_to_join_them_with_semicolons()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        // What Import-Csv makes of a room that Export-Csv wrote from Get-EmChatroom: the Members cell holds the type name.
        var result = host.Run("[pscustomobject]@{ Name = 'copy'; Owner = 'u1'; Members = 'System.String[]' }, [pscustomobject]@{ Name = 'ok'; Owner = 'u1'; Members = 'u2;u3' } | New-EmChatroom");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Easemob.InvalidMember,Easemob.PowerShell.Commands.NewEmChatroomCommand", error.FullyQualifiedErrorId);
        Assert.Equal("copy", error.TargetObject);
        Assert.Contains("'System.String[]' is not a legal user name", error.ToString());
        Assert.Contains("join the member names with ';'", error.ToString());
        Assert.Equal(new[] { "ok" }, host.Store.Chatrooms.Select(c => c.Name));
        Assert.Single(host.ApiRequests(), r => r.Method == "POST");
    }

    [Fact]
    public void A_bad_row_in_a_bulk_create_is_reported_with_its_name_and_the_rest_go_on()
    {
        using var host = new EmulatorHost();
        var result = host.Run("'ok1', ('x' * 200), 'ok2' | ForEach-Object { [pscustomobject]@{ Name = $_; Owner = 'u1' } } | New-EmChatroom");
        Assert.Equal(new[] { "ok1", "ok2" }, result.Objects<EmChatroom>().Select(r => r.Name));
        Assert.Equal(new string('x', 200), Assert.Single(result.Errors).TargetObject);
        Assert.Equal(2, host.Store.Chatrooms.Count);
    }

    [Fact]
    public void An_unknown_owner_is_the_server_s_404()
    {
        using var host = new EmulatorHost();
        var error = host.Run("New-EmChatroom -Name n -Owner ghost").FirstError!;
        Assert.StartsWith("Easemob.resource_not_found,", error.FullyQualifiedErrorId);
        Assert.Contains("username ghost doesn't exist!", error.ToString());
    }

    [Theory]
    [InlineData("聊天室测试")]
    [InlineData("party 🎉🎈 room")]
    public void Unicode_names_round_trip(string name)
    {
        using var host = new EmulatorHost();
        var room = host.Run("New-EmChatroom -Name $args[0] -Owner u1 -Description $args[0] | Get-EmChatroom", name).ThrowIfErrors().Objects<EmChatroom>().Single();
        Assert.Equal(name, room.Name);
        Assert.Equal(name, room.Description);
    }

    [Fact]
    public void Set_EmChatroom_sends_only_the_given_fields()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("old", "u1", "keep me", 100);
        var room = host.Run("Set-EmChatroom -Id $args[0] -Name new -PassThru", id).ThrowIfErrors().Objects<EmChatroom>().Single();
        Assert.Equal("new", room.Name);
        Assert.Equal("keep me", room.Description);
        Assert.Equal(100, host.Store.FindChatroom(id)!.MaxUsers);
    }

    [Fact]
    public void Set_EmChatroom_with_nothing_to_change_is_an_error_and_sends_nothing()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("old", "u1");
        host.ClearRequests();
        var result = host.Run("Set-EmChatroom -Id $args[0]", id);
        Assert.Equal("Easemob.NothingToSet,Easemob.PowerShell.Commands.SetEmChatroomCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Set_EmChatroomOwner_transfers_and_passes_the_chatroom_through()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        var room = host.Run("Get-EmChatroom -Id $args[0] | Set-EmChatroomOwner -NewOwner u2 -PassThru", id).ThrowIfErrors().Objects<EmChatroom>().Single();
        Assert.Equal("u2", room.Owner);
        Assert.Equal("u2", host.Store.FindChatroom(id)!.Owner);
    }

    [Fact]
    public void Filtered_chatrooms_pipe_into_Remove_EmChatroom()
    {
        using var host = new EmulatorHost();
        var empty = host.Store.AddChatroom("empty", "u1");
        var busy = host.Store.AddChatroom("busy", "u1", null, 100, new[] { "u2" });
        var removed = host.Run("Get-EmChatroom | Where-Object MemberCount -eq 1 | Remove-EmChatroom -Confirm:$false -PassThru").ThrowIfErrors().Objects<EmChatroom>();
        Assert.Equal(empty, Assert.Single(removed).Id);
        Assert.Null(host.Store.FindChatroom(empty));
        Assert.NotNull(host.Store.FindChatroom(busy));
    }

    [Fact]
    public void Remove_EmChatroom_is_high_impact_and_asks_for_confirmation_without_Force()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");
        // The capture host cannot answer prompts: asking at all fails the call, proving it asks.
        var asked = host.Run("Remove-EmChatroom -Id $args[0]", id);
        Assert.NotNull(asked.FirstError);
        Assert.NotNull(host.Store.FindChatroom(id));
        host.Run("Remove-EmChatroom -Id $args[0] -Force", id).ThrowIfErrors();
        Assert.Null(host.Store.FindChatroom(id));
    }

    [Fact]
    public void WhatIf_sends_no_write_request_from_any_writing_cmdlet()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        host.ClearRequests();
        host.Run(@"
            New-EmChatroom -Name n -Owner u1 -WhatIf
            Set-EmChatroom -Id $args[0] -Name x -WhatIf
            Set-EmChatroomOwner -Id $args[0] -NewOwner u2 -WhatIf
            Remove-EmChatroom -Id $args[0] -WhatIf
            Remove-EmChatroom -Id $args[0] -Force -WhatIf
            Set-EmGlobalMute -Username u1 -Chat 60 -WhatIf
            New-EmUser -Username newbie -Password pw -WhatIf
            Remove-EmUser -Username u2 -Force -WhatIf
            $WhatIfPreference = $true
            Remove-EmChatroom -Id $args[0] -Force
        ", id).ThrowIfErrors();
        Assert.DoesNotContain(host.Requests, r => r.Method != "GET" && !r.Path.EndsWith("/token"));
        Assert.Equal("r", host.Store.FindChatroom(id)!.Name);
    }
}
