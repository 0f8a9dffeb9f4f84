namespace Easemob.PowerShell.Tests.Pester;

/// <summary>
/// The checks of tests/Pester/ChatAppHealth.Tests.ps1, run here where Pester is not installed: same
/// set-up, same pipelines.
/// </summary>
public class PesterSuiteChecksTests
{
    private static EmulatorHost HealthyApp()
    {
        var host = new EmulatorHost("-User alice, bob, carol");
        host.Run(@"
            New-EmChatroom -Name lobby -Owner alice -Members bob, carol | Out-Null
            New-EmChatroom -Name games -Owner bob | Out-Null
            Set-EmGlobalMute -Username carol -Chat 3600").ThrowIfErrors();
        return host;
    }

    [Fact]
    public void Every_chatroom_has_an_owner_and_is_within_its_limit()
    {
        using var host = HealthyApp();
        Assert.Empty(host.Run("Get-EmChatroom | Where-Object { -not $_.Owner }").ThrowIfErrors().Output);
        Assert.Empty(host.Run("Get-EmChatroom -Detailed | Where-Object { $_.MemberCount -gt $_.MaxUsers }").ThrowIfErrors().Output);
        Assert.Equal(2, host.Run("Get-EmChatroom | ForEach-Object Owner | Get-EmUser -ErrorAction Stop").ThrowIfErrors().Output.Count);
    }

    [Fact]
    public void The_permanent_mute_check_passes_on_a_healthy_app_and_catches_a_permanent_mute()
    {
        using var host = HealthyApp();
        const string check = "Get-EmGlobalMute | Where-Object { $_.Chat -eq -1 -or $_.GroupChat -eq -1 -or $_.Chatroom -eq -1 }";
        Assert.Empty(host.Run(check).ThrowIfErrors().Output);
        host.Run("Set-EmGlobalMute -Username bob -GroupChat -1").ThrowIfErrors();
        Assert.Single(host.Run(check).ThrowIfErrors().Output);
    }
}
