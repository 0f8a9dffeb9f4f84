using System.Management.Automation;
using System.Net.Http.Json;
using System.Security;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Session;

public class ConnectTests
{
    [Fact]
    public void Module_exports_exactly_the_manifest_cmdlets()
    {
        using var ps = new PsHost();
        var names = ps.Run("(Get-Command -Module Easemob.PowerShell).Name").Output.Select(o => o.ToString()).OrderBy(n => n).ToList();
        Assert.Contains("Connect-EmApp", names);
        Assert.Contains("Start-EmEmulator", names);
        Assert.Contains("Get-EmChatroom", names);
        Assert.All(names, n => Assert.Matches("^[A-Z][a-z]+-Em[A-Za-z]+$", n));
        var approved = new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity) }
            .SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.All(names, n => Assert.Contains(n.Split('-')[0], approved));
    }

    [Fact]
    public void Emulator_piped_into_Connect_fetches_one_token_and_becomes_the_default_session()
    {
        using var host = new EmulatorHost();
        var session = host.Run("Get-EmSession").Output.Single();
        Assert.Equal("Easemob.PowerShell.EmSession", session.BaseObject.GetType().FullName);
        Assert.Equal("demo-org", session.Properties["OrgName"].Value);
        Assert.Equal("demo-app", session.Properties["AppName"].Value);
        Assert.Equal("demo-org#demo-app", session.Properties["AppKey"].Value);
        Assert.Equal(EmAuthMode.ClientCredentials, session.Properties["AuthMode"].Value);
        var expires = (DateTimeOffset?)session.Properties["TokenExpiresOn"].Value;
        Assert.True(expires > DateTimeOffset.UtcNow.AddHours(1));
        Assert.Single(host.Requests, r => r.Method == "POST" && r.Path.EndsWith("/token"));
    }

    [Fact]
    public void Connect_with_explicit_values_and_PassThru_returns_the_session()
    {
        using var host = new EmulatorHost();
        var result = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -OrgName $emu.OrgName -AppName $emu.AppName -Credential $emu.Credential -PassThru").ThrowIfErrors();
        Assert.Equal("demo-org#demo-app", result.Output.Single().Properties["AppKey"].Value);
    }

    [Fact]
    public void Connect_with_AppKey_splits_org_and_app()
    {
        using var host = new EmulatorHost();
        var result = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey 'demo-org#demo-app' -Credential $emu.Credential -PassThru").ThrowIfErrors();
        Assert.Equal("demo-org", result.Output.Single().Properties["OrgName"].Value);
        Assert.Equal("demo-app", result.Output.Single().Properties["AppName"].Value);
    }

    [Fact]
    public void AppKey_together_with_OrgName_is_refused_before_any_request()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey 'demo-org#demo-app' -OrgName x -Credential $emu.Credential");
        Assert.Equal("Easemob.AmbiguousApp,Easemob.PowerShell.Commands.ConnectEmAppCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Connect_with_a_pre_issued_token_uses_it_without_fetching_one()
    {
        using var host = new EmulatorHost();
        var token = await host.FetchTokenAsync();
        host.ClearRequests();
        var secure = new SecureString();
        foreach (var c in token) secure.AppendChar(c);
        var result = host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Token $args[0] -PassThru; Get-EmChatroom", secure).ThrowIfErrors();
        Assert.Equal(EmAuthMode.Token, result.Output[0].Properties["AuthMode"].Value);
        Assert.DoesNotContain(host.Requests, r => r.Path.EndsWith("/token"));
        Assert.Contains(host.Requests, r => r.Path.EndsWith("/chatrooms") && r.Status == 200);
    }

    [Fact]
    public async Task A_revoked_pre_issued_token_surfaces_as_an_authentication_error()
    {
        using var host = new EmulatorHost();
        var token = await host.FetchTokenAsync();
        var secure = new SecureString();
        foreach (var c in token) secure.AppendChar(c);
        host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Token $args[0]", secure).ThrowIfErrors();
        host.Emulator.Methods["RevokeTokens"].Invoke();
        var error = host.Run("Get-EmChatroom").FirstError!;
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.StartsWith("Easemob.unauthorized,", error.FullyQualifiedErrorId);
        Assert.DoesNotContain(token, error.ToString());
    }

    [Fact]
    public void Wrong_secret_is_a_terminating_AuthenticationError_with_the_vendor_description()
    {
        using var host = new EmulatorHost();
        var result = host.Run("$s = [securestring]::new(); 'nope'.ToCharArray() | ForEach-Object { $s.AppendChar($_) }; $bad = [pscredential]::new($emu.Credential.UserName, $s); Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Credential $bad");
        var error = result.FirstError!;
        Assert.StartsWith("Easemob.invalid_grant,", error.FullyQualifiedErrorId);
        // The token call answers 400, but a wrong secret is an authentication failure, not a bad argument.
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("client_secret does not match", error.ToString());
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://10.1.2.3/")]
    public void Plain_http_to_a_non_loopback_host_is_refused_before_any_request(string uri)
    {
        using var host = new EmulatorHost();
        var result = host.Run("Connect-EmApp -BaseUri $args[0] -AppKey 'o#a' -Credential $emu.Credential", uri);
        Assert.Equal("Easemob.InvalidConnectionArgument,Easemob.PowerShell.Commands.ConnectEmAppCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Contains("http", result.FirstError!.Exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_api_cmdlet_without_a_session_names_Connect_EmApp()
    {
        using var ps = new PsHost();
        var error = ps.Run("Get-EmChatroom").FirstError!;
        Assert.Equal("Easemob.NoSession,Easemob.PowerShell.Commands.GetEmChatroomCommand", error.FullyQualifiedErrorId);
        Assert.Contains("Connect-EmApp", error.Exception.Message);
    }

    [Fact]
    public void Disconnect_forgets_the_default_session()
    {
        using var host = new EmulatorHost();
        host.Run("Disconnect-EmApp").ThrowIfErrors();
        Assert.Empty(host.Run("Get-EmSession").Output);
        Assert.Equal("Easemob.NoSession,Easemob.PowerShell.Commands.GetEmChatroomCommand", host.Run("Get-EmChatroom").FirstError!.FullyQualifiedErrorId);
    }

    [Fact]
    public void Two_runspaces_keep_their_own_default_and_Session_selects_another_app()
    {
        using var first = new EmulatorHost("-AppName app-one");
        using var second = new EmulatorHost("-AppName app-two");
        Assert.Equal("app-one", first.Run("(Get-EmSession).AppName").Output.Single().BaseObject);
        Assert.Equal("app-two", second.Run("(Get-EmSession).AppName").Output.Single().BaseObject);

        // One script, two apps: -Session picks the non-default one.
        first.Ps.SetVariable("other", second.Emulator);
        first.Run("$s2 = $other | Connect-EmApp -PassThru; $emuSession = Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Credential $emu.Credential -PassThru").ThrowIfErrors();
        second.ClearRequests();
        first.Run("Get-EmChatroom -Session $s2").ThrowIfErrors();
        Assert.Contains(second.Requests, r => r.Path == "/demo-org/app-two/chatrooms");
    }

    [Fact]
    public void Stop_EmEmulator_by_pipeline_stops_it()
    {
        using var ps = new PsHost();
        var result = ps.Run("$e = Start-EmEmulator; $e | Stop-EmEmulator; $e.IsRunning").ThrowIfErrors();
        Assert.False((bool)result.Output.Single().BaseObject);
    }

    [Fact]
    public void Several_emulators_run_at_once_on_their_own_ports()
    {
        using var ps = new PsHost();
        var result = ps.Run("$a = Start-EmEmulator; $b = Start-EmEmulator; $a.Port; $b.Port; Stop-EmEmulator; $a.IsRunning; $b.IsRunning").ThrowIfErrors();
        Assert.NotEqual(result.Output[0].BaseObject, result.Output[1].BaseObject);
        Assert.False((bool)result.Output[2].BaseObject);
        Assert.False((bool)result.Output[3].BaseObject);
    }
}
