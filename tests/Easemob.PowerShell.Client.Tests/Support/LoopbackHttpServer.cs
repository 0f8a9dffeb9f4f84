using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Easemob.PowerShell.Client.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 that shows the request line exactly as it went over the wire.
/// <paramref name="respond"/> returns the raw response, or null to close the connection without answering.
/// </summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, string?> _respond;
    private readonly CancellationTokenSource _stop = new();

    public LoopbackHttpServer(Func<string, string?> respond)
    {
        _respond = respond;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public Uri BaseUri => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public ConcurrentQueue<string> RequestLines { get; } = new();

    public static string Ok(string json) =>
        $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";

    /// <summary>A port nothing listens on: connecting to it is refused.</summary>
    public static Uri ClosedPortUri()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try
            {
                connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            var stream = connection.GetStream();
            while (await ReadRequestLineAsync(stream) is { } requestLine)
            {
                RequestLines.Enqueue(requestLine);
                var response = _respond(requestLine);
                if (response is null) return; // drop the connection after the request was received
                var bytes = Encoding.UTF8.GetBytes(response);
                await stream.WriteAsync(bytes, _stop.Token);
            }
        }
    }

    /// <summary>Reads one request (head and Content-Length body) and returns its first line; null at end of stream.</summary>
    private async Task<string?> ReadRequestLineAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, _stop.Token) == 0) return null;
            head.Append((char)buffer[0]);
        }
        var lines = head.ToString().Split("\r\n");
        var length = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim())).FirstOrDefault();
        var body = new byte[length];
        for (var read = 0; read < length;) read += await stream.ReadAsync(body.AsMemory(read), _stop.Token);
        return lines[0];
    }
}
