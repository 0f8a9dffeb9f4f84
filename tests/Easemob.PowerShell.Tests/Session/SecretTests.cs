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

    /// <summary>The objects in their views and every property as a list (the hosted engine has no Format-List).</summary>
    private static string AllPropertiesAsList(string objects) =>
        objects + "; " + objects + " | ForEach-Object { $h = [ordered]@{}; foreach ($p in $_.PSObject.Properties) { $h[$p.Name] = $p.Value }; [pscustomobject]$h }";

    [Fact]
    public void User_tokens_and_passwords_never_appear_in_any_stream_or_view_unless_asked_for_as_plain_text()
    {
        using var host = new EmulatorHost();
        host.Run("New-EmUser -Username alice -Password 'pw-alice-123'").ThrowIfErrors();
        var issued = host.Run(@"
            $DebugPreference = 'Continue'
            $global:tokens = @(
                New-EmUserToken -Username alice -Password 'pw-alice-123' -Verbose -Debug
                New-EmUserToken -Username u1 -Verbose -Debug
                New-EmUserToken -Username newbie -CreateUser -TimeToLive 60 -Verbose -Debug
                New-EmUserToken -Username u2 -Dynamic -Verbose -Debug)
            New-EmUserToken -Username alice -Password 'pw-alice-123' -Verbose -Debug
            New-EmUserToken -Username alice -Password 'wrong-pw-456' -Verbose -Debug
            New-EmUserToken -Username ghost -Verbose -Debug
            $tokens | ForEach-Object { $_.ToString(); $_.PSObject.Properties | ForEach-Object { '{0}={1}' -f $_.Name, $_.Value } }
        ");
        var text = issued.AllText() + host.Ps.Render(AllPropertiesAsList("$tokens"));
        var plain = ((object[])host.Ps.GetVariable("tokens")!).Select(t => new System.Net.NetworkCredential("", ((Model.EmUserToken)((System.Management.Automation.PSObject)t).BaseObject).Token).Password).ToList();

        Assert.Equal(4, plain.Count);
        Assert.Contains("alice", text);
        Assert.Contains("invalid password", text);
        Assert.Contains("POST http://127.0.0.1:", text);
        Assert.All(plain, token => Assert.DoesNotContain(token, text));
        Assert.All(plain, token => Assert.DoesNotContain(token.Substring(0, 16), text));
        Assert.DoesNotContain("ZHQt", text); // base64 of "dt-": any dynamic token
        Assert.DoesNotContain("pw-alice-123", text);
        Assert.DoesNotContain("wrong-pw-456", text);
        // Positive control: asked for as plain text, it is there.
        var shown = host.Run("New-EmUserToken -Username u1 -Dynamic -AsPlainText | ForEach-Object PlainTextToken").ThrowIfErrors().Output.Single().ToString();
        Assert.StartsWith("ZHQt", shown);
    }

    [Fact]
    public void The_Agora_certificate_and_the_app_tokens_built_from_it_never_appear_in_any_stream_or_view()
    {
        const string certificate = "5cfd2fd1755d40ecb72977518be15d3b";
        var agora = "-AgoraAppId 970ca35de60c44645bbae8a215061b33 -AppCertificate ([System.Net.NetworkCredential]::new('', '" + certificate + "').SecurePassword)";
        using var host = new EmulatorHost("-User u1 " + agora);
        var connect = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey " + agora + " -PassThru -Verbose -Debug");
        var result = host.Run(NoisyScript);
        var text = connect.AllText() + result.AllText() + host.Ps.Render(AllPropertiesAsList("Get-EmSession"));

        Assert.Contains("AgoraCertificate", text);
        Assert.Contains("built an Agora Chat app token locally", text);
        Assert.Contains("GET http://127.0.0.1:", text);
        Assert.DoesNotContain(certificate, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("007eJ", text); // every AccessToken2: "007" and base64 of a zlib stream
        Assert.DoesNotContain("Bearer", text);
    }
}
