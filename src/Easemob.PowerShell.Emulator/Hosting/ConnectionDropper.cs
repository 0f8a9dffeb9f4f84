using System.Net.Sockets;

namespace Easemob.PowerShell.Emulator.Hosting;

/// <summary>Drops a connection without any answer, as a server that fails mid-request does.</summary>
internal static class ConnectionDropper
{
    public static void Drop(Socket socket)
    {
        try
        {
            // Linger 0 closes with a reset, so the client sees a dropped connection rather than an end of stream.
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
            // Already closed by its client.
        }
        catch (System.ObjectDisposedException)
        {
            return;
        }

        socket.Close();
    }
}
