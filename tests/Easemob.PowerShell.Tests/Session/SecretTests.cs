using System.Security;

namespace Easemob.PowerShell.Tests.Session;

public class SecretTests
{
    // Everything a script can do that writes text: verbose and debug traces, errors (a 401 refresh, a
    // 404, a failed create), the session and emulator objects, their ToString and their format views.
    private const string NoisyScript = @"
        $DebugPreference = 'Continue'
        $s = Get-EmSession
        $s; $s.ToString(); $emu.ToString()
        $s.PSObject.Properties | ForEach-Object { '{0}={1}' -f $_.Name, $_.Value }
        $emu.PSObject.Properties | Where-Object Name -ne 'Requests' | ForEach-Object { '{0}={1}' -f $_.Name, $_.Value }
        Get-EmChatroom -Verbose -Debug
        Get-EmChatroom -Id 404404 -Verbose -Debug
        New-EmUser -Username u1 -Password 'pw-123456' -Verbose -Debug
        Remove-EmChatroom -Id 1 -Force -Verbose -Debug
        $emu.RevokeTokens()
        Get-EmChatroom -Verbose -Debug
    ";

    [Fact]
    public void The_client_secret_never_appears_in_any_stream_or_view()
    {
        using var host = new EmulatorHost();
        var secret = host.ClientSecret;
        var connect = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Credential $emu.Credential -PassThru -Verbose -Debug");
        var result = host.Run(NoisyScript);
        var text = connect.AllText() + result.AllText() + host.Ps.Render("Get-EmSession; $emu; $emu.Credential");

        Assert.Contains("demo-org#demo-app", text);
        Assert.Contains("GET http://127.0.0.1:", text);
        Assert.Contains("grpID 1 does not exist", text);
        Assert.DoesNotContain(secret, text);
        Assert.DoesNotContain("pw-123456", text);
        Assert.DoesNotContain("Bearer", text);
    }

    [Fact]
    public async Task A_pre_issued_token_never_appears_in_any_stream_or_view()
    {
        using var host = new EmulatorHost();
        var token = await host.FetchTokenAsync();
        var secure = new SecureString();
        foreach (var c in token) secure.AppendChar(c);
        var connect = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Token $args[0] -Verbose -Debug", secure);
        var result = host.Run(NoisyScript);
        var text = connect.AllText() + result.AllText() + host.Ps.Render("Get-EmSession");

        Assert.Contains("unauthorized", text);
        Assert.DoesNotContain(token, text);
        Assert.DoesNotContain(token.Substring(0, 12), text);
    }
}
