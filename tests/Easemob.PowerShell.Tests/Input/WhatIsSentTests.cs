using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Input;

/// <summary>
/// Writes carry only what the user gave: the command line, or non-blank values of a piped object that is not
/// one of the module's own objects naming the target.
/// </summary>
public class WhatIsSentTests
{
    [Fact]
    public void A_csv_round_trip_into_Set_EmChatroom_changes_the_edited_name_and_keeps_the_description()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("old", "u1", "keep me", 100);
        host.Run(@"
            # What Export-Csv and Import-Csv make of a listing: every cell text, a missing value a blank cell.
            $rows = Get-EmChatroom | ForEach-Object {
                $row = [ordered]@{}
                foreach ($property in $_.PSObject.Properties) { $row[$property.Name] = ""$($property.Value)"" }
                [pscustomobject]$row
            }
            $rows | ForEach-Object { $_.Name = 'new' }
            $rows | Set-EmChatroom").ThrowIfErrors();

        var stored = host.Store.FindChatroom(id)!;
        Assert.Equal("new", stored.Name);
        Assert.Equal("keep me", stored.Description);
        Assert.Equal(100, stored.MaxUsers);
    }

    [Fact]
    public void A_piped_EmChatroom_names_only_the_target_the_command_line_says_what_to_change()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("old", "u1", "d", 100);
        var whatIf = host.Ps.Render("Get-EmChatroom | Set-EmChatroom -MaxUsers 10 -WhatIf");
        Assert.Contains("Set chatroom MaxUsers\"", whatIf);

        // The listing is stale by the time of the change: re-sending its name would undo the rename.
        host.Run("$global:rooms = Get-EmChatroom").ThrowIfErrors();
        host.Run("Set-EmChatroom -Id $args[0] -Name 'renamed meanwhile'", id).ThrowIfErrors();
        host.Run("$global:rooms | Set-EmChatroom -MaxUsers 10").ThrowIfErrors();
        Assert.Equal("renamed meanwhile", host.Store.FindChatroom(id)!.Name);
        Assert.Equal(10, host.Store.FindChatroom(id)!.MaxUsers);
    }

    [Fact]
    public void A_piped_EmChatroom_with_no_field_is_NothingToSet_and_sends_nothing()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("old", "u1");
        host.ClearRequests();
        var result = host.Run("Get-EmChatroom | Set-EmChatroom");
        Assert.Equal("Easemob.NothingToSet,Easemob.PowerShell.Commands.SetEmChatroomCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.DoesNotContain(host.ApiRequests(), r => r.Method == "PUT");
    }

    [Fact]
    public void An_empty_Description_on_the_command_line_clears_it()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", "old text", 100);
        host.Run("Set-EmChatroom -Id $args[0] -Description ''", id).ThrowIfErrors();
        Assert.Equal("", host.Store.FindChatroom(id)!.Description);
    }

    [Fact]
    public void A_blank_MaxUsers_cell_is_not_given_and_New_EmChatroom_uses_the_server_default()
    {
        using var host = new EmulatorHost();
        var room = host.Run("[pscustomobject]@{ Name = 'a'; Owner = ' u1 '; MaxUsers = ''; Description = '' } | New-EmChatroom")
            .ThrowIfErrors().Objects<EmChatroom>().Single();
        var stored = host.Store.FindChatroom(room.Id)!;
        Assert.Equal(EmApiLimits.DefaultChatroomMaxUsers, stored.MaxUsers);
        Assert.Equal("u1", stored.Owner);
        Assert.Null(room.Description);
    }

    [Fact]
    public void Chatrooms_copy_to_another_app_with_their_members_and_the_owner_once()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("lobby", "u1", "the lobby", 50, new[] { "u2", "u3" }, "k=v");
        var copies = host.Run(@"
            $source = $global:emu | Connect-EmApp -PassThru
            $global:target = Start-EmEmulator -User u1,u2,u3
            $targetSession = $global:target | Connect-EmApp -PassThru
            Get-EmChatroom -Detailed -Session $source | New-EmChatroom -Session $targetSession").ThrowIfErrors().Objects<EmChatroom>();

        var store = (Easemob.PowerShell.Emulator.EmulatorStore)((PSObject)host.Ps.GetVariable("target")!).Properties["Store"].Value;
        var copy = store.FindChatroom(Assert.Single(copies).Id)!;
        Assert.Equal(("lobby", "the lobby", 50, "u1", "k=v"), (copy.Name, copy.Description, copy.MaxUsers, copy.Owner, copy.Custom));
        Assert.Equal(new[] { "u2", "u3" }, copy.Members.OrderBy(m => m));
        Assert.Equal(new[] { "u1", "u2", "u3" }, copies[0].Members);
    }

    [Fact]
    public void Repeated_members_are_sent_once_and_the_output_shows_them_once()
    {
        using var host = new EmulatorHost();
        var room = host.Run("New-EmChatroom -Name r -Owner U1 -Members u2,u2,U2,u1,U3").ThrowIfErrors().Objects<EmChatroom>().Single();
        Assert.Equal(new[] { "u1", "u2", "u3" }, room.Members);
        Assert.Equal("u1", room.Owner);
        Assert.Equal(3, room.MemberCount);
        Assert.Equal(new[] { "u2", "u3" }, host.Store.FindChatroom(room.Id)!.Members.OrderBy(m => m));
    }

    [Fact]
    public void A_piped_EmGlobalMute_names_the_user_only()
    {
        using var host = new EmulatorHost();
        host.Store.SetGlobalMute("u1", 600, 600, 600);
        var whatIf = host.Ps.Render("Get-EmGlobalMute | Set-EmGlobalMute -GroupChat 0 -WhatIf");
        Assert.Contains("Set global mute GroupChat=0\"", whatIf);
        host.Run("Get-EmGlobalMute | Set-EmGlobalMute -GroupChat 0").ThrowIfErrors();
        var mute = host.Run("Get-EmGlobalMute -Username u1").ThrowIfErrors().Objects<EmGlobalMute>().Single();
        Assert.Equal(0, mute.GroupChat);
        Assert.InRange(mute.Chat!.Value, 1, 600);
    }

    [Fact]
    public void Mutes_piped_to_another_app_set_what_the_command_line_says_there()
    {
        using var host = new EmulatorHost();
        host.Store.SetGlobalMute("u1", 600, 600, 0);
        host.Run(@"
            $source = $global:emu | Connect-EmApp -PassThru
            $global:target = Start-EmEmulator -User u1
            $targetSession = $global:target | Connect-EmApp -PassThru
            Get-EmGlobalMute -Session $source | Set-EmGlobalMute -Session $targetSession -Chatroom -1").ThrowIfErrors();

        var store = (Easemob.PowerShell.Emulator.EmulatorStore)((PSObject)host.Ps.GetVariable("target")!).Properties["Store"].Value;
        var mute = store.FindGlobalMute("u1")!;
        Assert.Equal(-1, mute.Chatroom);
        Assert.True(mute.Chat is null or 0, "Chat was copied: " + mute.Chat);
        Assert.True(mute.GroupChat is null or 0, "GroupChat was copied: " + mute.GroupChat);
    }

    [Theory]
    [InlineData("-Chat ([timespan]::FromSeconds(-1))")]
    [InlineData("-Chat ([timespan]::FromMilliseconds(-300))")]
    [InlineData("-Chat -0.5")]
    [InlineData("-GroupChat '-00:00:05'")]
    public void Negative_durations_are_refused_and_nothing_is_sent(string arguments)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("Set-EmGlobalMute -Username u1 " + arguments);
        Assert.Contains("negative", result.FirstError!.ToString());
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Numbers_and_TimeSpans_round_up_alike_and_minus_one_stays_permanent()
    {
        using var host = new EmulatorHost();
        var mutes = host.Run(@"
            Set-EmGlobalMute -Username u1 -Chat 0.2 -GroupChat ([timespan]::FromSeconds(0.2)) -Chatroom -1 -PassThru")
            .ThrowIfErrors().Objects<EmGlobalMute>();
        Assert.Equal(1, mutes[0].Chat);
        Assert.Equal(1, mutes[0].GroupChat);
        Assert.Equal(-1, mutes[0].Chatroom);
    }

    [Fact]
    public void Plain_numbers_for_TimeSpan_parameters_are_seconds()
    {
        using var host = new EmulatorHost();
        var expires = host.Run(@"
            $e = Start-EmEmulator -User u1 -TokenTtl 600 -Latency 0
            $s = $e | Connect-EmApp -RequestTimeout 30 -PassThru
            Get-EmUser -Username u1 -Session $s | Out-Null
            $s.TokenExpiresOn").ThrowIfErrors().Objects<DateTimeOffset>().Single();
        // As ticks, 600 would be 60 microseconds and 30 would time every request out.
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddSeconds(300), DateTimeOffset.UtcNow.AddSeconds(700));
        Assert.Contains("cannot be negative", host.Run("Start-EmEmulator -Latency -1").FirstError!.ToString());
    }
}
