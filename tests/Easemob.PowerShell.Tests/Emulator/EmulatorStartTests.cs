using System.Net;
using System.Net.Sockets;

namespace Easemob.PowerShell.Tests.Emulator;

/// <summary>Start-EmEmulator's own failures, in the hosted engine.</summary>
public sealed class EmulatorStartTests
{
    [Fact]
    public void A_port_in_use_is_an_EmulatorStartFailed_error_naming_the_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var ps = new PsHost();

        var result = ps.Run("Start-EmEmulator -Port $args[0]", port);

        Assert.Equal("Easemob.EmulatorStartFailed,Easemob.PowerShell.Commands.StartEmEmulatorCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Equal(port, result.FirstError.TargetObject);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Credential_fixes_the_client_id_and_secret_and_a_state_file_keeps_them_for_the_next_start()
    {
        var folder = Directory.CreateTempSubdirectory("emcred").FullName;
        try
        {
            var path = Path.Combine(folder, "app.json");
            using var ps = new PsHost();
            var started = ps.Run(@"$secret = [securestring]::new(); 'my-secret'.ToCharArray() | ForEach-Object { $secret.AppendChar($_) }
                $emu = Start-EmEmulator -Credential ([pscredential]::new('my-id', $secret)) -StatePath $args[0]
                $emu | Connect-EmApp
                Get-EmChatroom | Out-Null
                $emu.Credential.UserName
                $emu.Credential.GetNetworkCredential().Password
                Stop-EmEmulator", path).ThrowIfErrors();
            Assert.Equal(new object[] { "my-id", "my-secret" }, started.Output.Select(o => o.BaseObject));

            var restarted = ps.Run(@"$emu = Start-EmEmulator -StatePath $args[0]
                $emu.Credential.UserName
                $emu.Credential.GetNetworkCredential().Password
                Stop-EmEmulator", path).ThrowIfErrors();
            Assert.Equal(new object[] { "my-id", "my-secret" }, restarted.Output.Select(o => o.BaseObject));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RequestLogCapacity_bounds_the_request_log_to_the_most_recent_requests()
    {
        using var ps = new PsHost();
        var result = ps.Run(@"$emu = Start-EmEmulator -User alice -RequestLogCapacity 3
            $emu | Connect-EmApp
            1..5 | ForEach-Object { Get-EmUser -Username alice | Out-Null }
            $emu.Requests.Count
            ($emu.Requests | Where-Object { $_.Answered -lt $_.Time }).Count
            Stop-EmEmulator").ThrowIfErrors();

        Assert.Equal(new object[] { 3, 0 }, result.Output.Select(o => o.BaseObject));
    }
}
