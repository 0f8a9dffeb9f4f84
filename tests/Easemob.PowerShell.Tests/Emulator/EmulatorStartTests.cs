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
}
