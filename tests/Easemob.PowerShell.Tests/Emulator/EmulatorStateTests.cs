using System.Management.Automation;
using System.Net;
using System.Net.Sockets;

namespace Easemob.PowerShell.Tests.Emulator;

/// <summary>Start-EmEmulator -StatePath / -Wait, Save-EmEmulatorState and Stop-EmEmulator saving, in the hosted engine.</summary>
public sealed class EmulatorStateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emstate").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string PathOf(string name) => Path.Combine(folder, name);

    [Fact]
    public void Stop_saves_the_state_file_and_the_next_start_loads_it()
    {
        var path = PathOf("app.json");
        using (var ps = new PsHost())
        {
            ps.Run(@"Start-EmEmulator -User alice, bob -StatePath $args[0] | Connect-EmApp
                New-EmChatroom -Name lobby -Owner alice -Members bob | Out-Null
                Set-EmGlobalMute -Username bob -Chatroom -1
                Stop-EmEmulator", path).ThrowIfErrors();
        }

        using var ps2 = new PsHost();
        var rooms = ps2.Run(@"Start-EmEmulator -StatePath $args[0] | Connect-EmApp
            Get-EmChatroom", path).ThrowIfErrors();
        var room = Assert.Single(rooms.Output);
        Assert.Equal("lobby", room.Properties["Name"].Value);
        Assert.Equal("alice", room.Properties["Owner"].Value);
        var mute = Assert.Single(ps2.Run("Get-EmGlobalMute").ThrowIfErrors().Output);
        Assert.Equal(-1L, Convert.ToInt64(mute.Properties["Chatroom"].Value));
        ps2.Run("Stop-EmEmulator").ThrowIfErrors();
    }

    [Fact]
    public void User_attributes_set_by_cmdlets_survive_a_stop_and_a_start()
    {
        var path = PathOf("profiles.json");
        using (var ps = new PsHost())
        {
            ps.Run(@"Start-EmEmulator -User alice, bob -StatePath $args[0] | Connect-EmApp
                Set-EmUserAttribute alice -Nickname Alice -Attribute @{ level = '7' }
                Stop-EmEmulator", path).ThrowIfErrors();
        }

        using var ps2 = new PsHost();
        var profile = ps2.Run(@"Start-EmEmulator -StatePath $args[0] | Connect-EmApp
            Get-EmUserAttribute alice -Name nickname, level", path).ThrowIfErrors().Objects<Model.EmUserAttribute>().Single();
        Assert.Equal(new Dictionary<string, string> { ["nickname"] = "Alice", ["level"] = "7" }, profile.Attributes);
        ps2.Run("Stop-EmEmulator").ThrowIfErrors();
    }

    [Fact]
    public void Chatroom_moderation_announcements_attributes_super_admins_and_bans_set_by_cmdlets_survive_a_stop_and_a_start()
    {
        var path = PathOf("moderated.json");
        using (var ps = new PsHost())
        {
            ps.Run(@"Start-EmEmulator -User alice, bob, carol, dave -StatePath $args[0] | Connect-EmApp
                $room = New-EmChatroom -Name lobby -Owner alice -Members bob, carol, dave
                $room | Add-EmChatroomMute -Username bob -Permanent
                $room | Add-EmChatroomMute -All
                $room | Add-EmChatroomAllowedUser -Username carol
                $room | Block-EmChatroomUser -Username dave
                $room | Set-EmChatroomAnnouncement -Announcement 'welcome'
                $room | Set-EmChatroomAttribute -Username carol -Key topic -Value chess -KeepAfterLeave
                Add-EmChatroomSuperAdmin -Username alice
                Disable-EmUser -Username carol
                Stop-EmEmulator", path).ThrowIfErrors();
        }

        using var ps2 = new PsHost();
        ps2.Run(@"Start-EmEmulator -StatePath $args[0] | Connect-EmApp; $room = Get-EmChatroom", path).ThrowIfErrors();
        var mute = Assert.Single(ps2.Run("$room | Get-EmChatroomMute").ThrowIfErrors().Output);
        Assert.Equal(("bob", true), ((string)mute.Properties["Username"].Value, (bool)mute.Properties["Permanent"].Value));
        Assert.Equal("carol", Assert.Single(ps2.Run("($room | Get-EmChatroomAllowedUser).Username").ThrowIfErrors().Output).BaseObject);
        Assert.Equal("dave", Assert.Single(ps2.Run("($room | Get-EmChatroomBlockedUser).Username").ThrowIfErrors().Output).BaseObject);
        Assert.Equal("welcome", Assert.Single(ps2.Run("($room | Get-EmChatroomAnnouncement).Announcement").ThrowIfErrors().Output).BaseObject);
        var attribute = Assert.Single(ps2.Run("$room | Get-EmChatroomAttribute").ThrowIfErrors().Output);
        Assert.Equal(("topic", "chess"), ((string)attribute.Properties["Key"].Value, (string)attribute.Properties["Value"].Value));
        Assert.Equal("alice", Assert.Single(ps2.Run("(Get-EmChatroomSuperAdmin).Username").ThrowIfErrors().Output).BaseObject);
        Assert.Equal(false, Assert.Single(ps2.Run("(Get-EmUser -Username carol).Activated").ThrowIfErrors().Output).BaseObject);
        ps2.Run("Stop-EmEmulator").ThrowIfErrors();
    }

    [Fact]
    public void A_malformed_file_is_a_terminating_error_naming_it_and_is_not_overwritten()
    {
        var path = PathOf("foreign.json");
        File.WriteAllText(path, "{\"format\": \"Other.Tool\", \"version\": 1}");
        using var ps = new PsHost();

        var result = ps.Run("Start-EmEmulator -StatePath $args[0]; Stop-EmEmulator", path);

        Assert.Equal("Easemob.EmulatorStateInvalid,Easemob.PowerShell.Commands.StartEmEmulatorCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Contains(path, result.FirstError.Exception.Message);
        Assert.Contains("not an emulator state file", result.FirstError.Exception.Message);
        Assert.Equal("{\"format\": \"Other.Tool\", \"version\": 1}", File.ReadAllText(path));
    }

    [Fact]
    public void Save_writes_the_file_silently_PassThru_writes_it_WhatIf_writes_nothing_and_no_path_is_an_error()
    {
        using var host = new EmulatorHost("-User alice");
        var path = PathOf("snap.json");

        host.Run("Save-EmEmulatorState -Path $args[0] -WhatIf", path).ThrowIfErrors();
        Assert.False(File.Exists(path));

        // Like every other writer, it writes its result only with -PassThru.
        Assert.Empty(host.Run("$emu | Save-EmEmulatorState -Path $args[0]", path).ThrowIfErrors().Output);
        Assert.Contains("\"alice\"", File.ReadAllText(path));
        File.Delete(path);

        var saved = host.Run("$emu | Save-EmEmulatorState -Path $args[0] -PassThru", path).ThrowIfErrors();
        Assert.Equal(path, Assert.IsType<FileInfo>(Assert.Single(saved.Output).BaseObject).FullName);
        Assert.Contains("\"alice\"", File.ReadAllText(path));

        var missing = host.Run("Save-EmEmulatorState");
        Assert.Equal("Easemob.EmulatorStatePathMissing,Easemob.PowerShell.Commands.SaveEmEmulatorStateCommand", Assert.Single(missing.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task Wait_serves_in_the_foreground_and_stopping_the_pipeline_stops_the_emulator_and_saves_its_state()
    {
        var path = PathOf("served.json");
        using var ps = new PsHost();
        var (shell, handle, output) = ps.Begin($"Start-EmEmulator -User alice -StatePath '{path}' -Wait");

        var banner = "";
        for (var tries = 0; tries < 300 && !banner.Contains("Client secret"); tries++)
        {
            await Task.Delay(100);
            banner += ps.TakeHostText();
        }

        var baseUri = new Uri(System.Text.RegularExpressions.Regex.Match(banner, @"Base URI: +(\S+)").Groups[1].Value);
        Assert.Contains("demo-org / demo-app", banner);
        Assert.Contains(path, banner);
        using (var client = new HttpClient())
        {
            // Serving: an unauthenticated call is answered (401), not refused.
            var answer = await client.GetAsync(new Uri(baseUri, "demo-org/demo-app/chatrooms"));
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        }

        shell.Stop();

        Assert.True(handle.IsCompleted);
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.Empty(output);
        Assert.Contains("\"alice\"", File.ReadAllText(path));
        using var rebind = new TcpListener(IPAddress.Loopback, baseUri.Port);
        rebind.Start();
        // Nothing is left registered for Stop-EmEmulator to stop.
        Assert.Empty(ps.Run("Stop-EmEmulator -Verbose 4>&1").ThrowIfErrors().Output);
        shell.Dispose();
    }
}
