using System.Net.Sockets;
using System.Text;

namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>Sends a request line exactly as written, for paths an HttpClient would normalize (e.g. raw "..").</summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(EasemobEmulator emulator, string target, string? token)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", emulator.Port);
        using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{emulator.Port}\r\n"
            + (token == null ? string.Empty : $"Authorization: Bearer {token}\r\n")
            + "Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ')[1]);
        return (status, text.Substring(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4));
    }
}
