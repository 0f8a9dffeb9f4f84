using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Session;

/// <summary>Agora Chat apps: Connect-EmApp builds the app token locally from the Agora app id and certificate.</summary>
public class AgoraConnectTests
{
    private const string AppId = "970ca35de60c44645bbae8a215061b33";
    private const string Certificate = "5cfd2fd1755d40ecb72977518be15d3b";
    private static readonly string Start = $"-User u1,u2 -AgoraAppId {AppId} -AppCertificate ([System.Net.NetworkCredential]::new('', '{Certificate}').SecurePassword)";

    [Fact]
    public void Connect_with_the_Agora_certificate_calls_the_api_without_any_token_request()
    {
        using var host = new EmulatorHost(Start);
        host.ClearRequests();

        var result = host.Run($"Connect-EmApp $emu.BaseUri -AppKey $emu.AppKey -AgoraAppId {AppId} -AppCertificate ([System.Net.NetworkCredential]::new('', '{Certificate}').SecurePassword) -PassThru; Get-EmUser u1").ThrowIfErrors();

        Assert.Equal(EmAuthMode.AgoraCertificate, result.Output[0].Properties["AuthMode"].Value);
        Assert.Equal("u1", ((EmUser)result.Output[1].BaseObject).Username);
        Assert.InRange((DateTimeOffset)result.Output[0].Properties["TokenExpiresOn"].Value!, DateTimeOffset.UtcNow.AddMinutes(58), DateTimeOffset.UtcNow.AddMinutes(61));
        Assert.Equal(new[] { "GET /demo-org/demo-app/users/u1 -> 200" }, host.Requests.Select(r => r.ToString()));
    }

    [Fact]
    public void Tokens_signed_with_another_certificate_are_refused_as_unauthorized()
    {
        using var host = new EmulatorHost(Start);
        host.Run($"Connect-EmApp $emu.BaseUri -AppKey $emu.AppKey -AgoraAppId {AppId} -AppCertificate ([System.Net.NetworkCredential]::new('', '00000000000000000000000000000000').SecurePassword)").ThrowIfErrors();

        host.ClearRequests();

        var error = host.Run("Get-EmUser u1").FirstError!;

        Assert.StartsWith("Easemob.unauthorized,", error.FullyQualifiedErrorId);
        // Refused once, rebuilt locally (no token request) and refused again.
        Assert.Equal(new[] { "GET /demo-org/demo-app/users/u1 -> 401", "GET /demo-org/demo-app/users/u1 -> 401" }, host.Requests.Select(r => r.ToString()));
    }

    [Fact]
    public void An_emulator_without_Agora_refuses_Agora_tokens()
    {
        using var host = new EmulatorHost();
        host.Run($"Connect-EmApp $emu.BaseUri -AppKey $emu.AppKey -AgoraAppId {AppId} -AppCertificate ([System.Net.NetworkCredential]::new('', '{Certificate}').SecurePassword)").ThrowIfErrors();

        Assert.StartsWith("Easemob.unauthorized,", host.Run("Get-EmUser u1").FirstError!.FullyQualifiedErrorId);
    }

    [Theory]
    [InlineData("-AgoraAppId nothex -AppCertificate ([System.Net.NetworkCredential]::new('', '" + Certificate + "').SecurePassword)", "ParameterArgumentValidationError")]
    [InlineData("-AgoraAppId " + AppId + " -AppCertificate ([System.Net.NetworkCredential]::new('', 'short').SecurePassword)", "Easemob.InvalidConnectionArgument")]
    public void A_bad_app_id_or_certificate_is_refused_before_any_request(string arguments, string errorId)
    {
        using var host = new EmulatorHost(Start);
        host.ClearRequests();

        var error = host.Run("Connect-EmApp $emu.BaseUri -AppKey $emu.AppKey " + arguments).FirstError!;

        Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
        Assert.Empty(host.Requests);
        Assert.DoesNotContain(Certificate, error.ToString() + error.Exception);
    }

    [Fact]
    public void The_emulator_refuses_an_incomplete_Agora_setup()
    {
        using var ps = new PsHost();
        var error = ps.Run($"Start-EmEmulator -AgoraAppId {AppId}").FirstError!;
        Assert.StartsWith("Easemob.InvalidEmulatorOption,", error.FullyQualifiedErrorId);
    }
}
