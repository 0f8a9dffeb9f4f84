namespace Easemob.PowerShell.Tests.Display;

/// <summary>Every default table view fits an 80-column console: no header split, no column dropped, no value cut.</summary>
public sealed class TableWidthTests
{
    [Theory]
    [InlineData("Get-EmChatroom -Detailed", "Id Name Owner MemberCount MaxUsers", @"\s5000$")]
    [InlineData("Get-EmChatroom | Get-EmChatroomMember", "ChatroomId Username Role", @"\sOwner$")]
    [InlineData("Get-EmGlobalMute -Username u1", "Username Chat GroupChat Chatroom CheckedOn", @"\s\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$")]
    [InlineData("Get-EmUser -Username u1", "Username Nickname Activated Created", @"\s\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$")]
    [InlineData("Get-EmSession", "AppKey BaseUri AuthMode TokenExpiresOn", @"\sClientCredentials \d{4}-\d\d-\d\d \d\d:\d\dZ$")]
    [InlineData("$emu", "AppKey BaseUri IsRunning ClientId", @"\sTrue\s+\S+$")]
    public void The_default_table_fits_80_columns(string command, string headers, string lastColumns)
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("night-shift-operations", "u1", "d", 5000, new[] { "u2" });
        host.Store.SetGlobalMute("u1", -1, 30, null);
        host.Run("$Host.UI.RawUI.BufferSize = $Host.UI.RawUI.WindowSize = [System.Management.Automation.Host.Size]::new(80, 3000)").ThrowIfErrors();

        var lines = host.Ps.Render(command).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();

        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        // The header on one line with every column, its underline under it, and the row's last columns whole.
        Assert.Equal(headers, string.Join(" ", lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Matches(@"^[- ]+$", lines[1]);
        Assert.Equal(headers.Split(' ').Length, lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Matches(lastColumns, lines[2].TrimEnd());
        Assert.DoesNotContain("…", string.Join("\n", lines));
    }
}
