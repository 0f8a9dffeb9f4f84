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

/// <summary>One connection to the emulator over which raw bytes are sent and answers read one at a time.</summary>
internal sealed class RawConnection : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly List<byte> _pending = new();

    private RawConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawConnection> OpenAsync(EasemobEmulator emulator)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", emulator.Port);
        return new RawConnection(tcp);
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes) => await _stream.WriteAsync(bytes);

    /// <summary>The next answer, or null when the server closed the connection first.</summary>
    /// <param name="toHead">The request was a HEAD: the answer's Content-Length comes without a body.</param>
    public async Task<RawAnswer?> ReadAnswerAsync(bool toHead = false)
    {
        string? head;
        while ((head = TakeHead()) == null)
        {
            if (!await FillAsync()) return null;
        }

        var lines = head.Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var length = !toHead && headers.TryGetValue("Content-Length", out var value) ? int.Parse(value) : 0;
        while (_pending.Count < length)
        {
            if (!await FillAsync()) throw new EndOfStreamException("the answer's body was cut short");
        }

        var body = Encoding.UTF8.GetString(_pending.Take(length).ToArray());
        _pending.RemoveRange(0, length);
        return new RawAnswer(int.Parse(lines[0].Split(' ')[1]), headers, body);
    }

    /// <summary>True when the server has closed (or reset) the connection.</summary>
    public async Task<bool> IsClosedAsync()
    {
        try
        {
            return !await FillAsync();
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => _tcp.Dispose();

    private string? TakeHead()
    {
        for (var i = 3; i < _pending.Count; i++)
        {
            if (_pending[i - 3] == '\r' && _pending[i - 2] == '\n' && _pending[i - 1] == '\r' && _pending[i] == '\n')
            {
                var head = Encoding.ASCII.GetString(_pending.Take(i - 3).ToArray());
                _pending.RemoveRange(0, i + 1);
                return head;
            }
        }
        return null;
    }

    private async Task<bool> FillAsync()
    {
        var buffer = new byte[8192];
        // Bounded, so a server that never answers fails the test instead of hanging it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await _stream.ReadAsync(buffer, timeout.Token);
        _pending.AddRange(buffer.Take(read));
        return read > 0;
    }
}

internal sealed record RawAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
