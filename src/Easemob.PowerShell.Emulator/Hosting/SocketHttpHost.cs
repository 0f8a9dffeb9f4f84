using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Hosting;

/// <summary>
/// The thin transport: a small HTTP/1.1 server over sockets on loopback (127.0.0.1, and ::1 where there is IPv6, so
/// "localhost" works too) that hands each request to the <see cref="EmulatorApi"/>, logs it and writes (or drops)
/// the answer. Hand-written rather than HttpListener, which answers some requests itself before any of our code
/// runs (411 HTML for a POST without a length, HTML 400/404 for a bad request or another Host) where the service
/// answers in its JSON, and which cannot drop a connection without first writing an empty 200 outside Windows.
/// Keep-alive, Content-Length and chunked bodies, "Expect: 100-continue", any number of concurrent connections.
/// </summary>
internal sealed class SocketHttpHost
{
    /// <summary>Tries at binding a free port on both loopback addresses: another process can take it in between.</summary>
    private const int BindAttempts = 5;

    private static readonly Encoding Latin1 = Encoding.GetEncoding("iso-8859-1");

    private readonly Socket[] _listeners;
    private readonly EmulatorApi _api;
    private readonly RequestLog _log;
    private readonly TimeSpan _latency;
    private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

    /// <summary>Open connections, so Stop can close them (and so drop the requests they are waiting on).</summary>
    private readonly ConcurrentDictionary<Socket, byte> _connections = new ConcurrentDictionary<Socket, byte>();
    private int _stopped;

    private SocketHttpHost(Socket[] listeners, int port, EmulatorApi api, RequestLog log)
    {
        _listeners = listeners;
        _api = api;
        _log = log;
        _latency = api.Options.Latency;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public int Port { get; }

    public Uri BaseUri { get; }

    public bool IsRunning => Volatile.Read(ref _stopped) == 0;

    /// <summary>Binds the options' port (0: a free one) on the loopback addresses and starts serving.</summary>
    public static SocketHttpHost Start(EmulatorApi api, RequestLog log)
    {
        var requestedPort = api.Options.Port;
        for (var attempt = 1; ; attempt++)
        {
            var v4 = Listen(IPAddress.Loopback, requestedPort);
            var port = ((IPEndPoint)v4.LocalEndPoint!).Port;
            Socket? v6 = null;
            if (Socket.OSSupportsIPv6)
            {
                try
                {
                    v6 = Listen(IPAddress.IPv6Loopback, port);
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && requestedPort == 0 && attempt < BindAttempts)
                {
                    v4.Close();
                    continue;
                }
                catch (SocketException e) when (e.SocketErrorCode != SocketError.AddressAlreadyInUse)
                {
                    // IPv6 is switched off on this machine: "localhost" resolves to 127.0.0.1 alone.
                }
            }

            var host = new SocketHttpHost(v6 == null ? new[] { v4 } : new[] { v4, v6 }, port, api, log);
            foreach (var listener in host._listeners)
            {
                _ = host.AcceptAsync(listener);
            }

            return host;
        }
    }

    /// <summary>Stops listening and closes every connection, dropping requests in flight; the port is released. Idempotent.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        foreach (var listener in _listeners)
        {
            listener.Close();
        }

        foreach (var connection in _connections.Keys)
        {
            ConnectionDropper.Drop(connection);
        }
    }

    private static Socket Listen(IPAddress address, int port)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                socket.DualMode = false;
            }

            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(512);
            return socket;
        }
        catch
        {
            socket.Close();
            throw;
        }
    }

    private static string Reason(int status)
    {
        switch (status)
        {
            case 200: return "OK";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 503: return "Service Unavailable";
            default: return "Status " + status.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static async Task SendAsync(Stream stream, EmulatorHttpResponse answer, bool withBody, bool close)
    {
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(answer.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(answer.Status)).Append("\r\n")
            .Append("Content-Type: application/json;charset=UTF-8\r\n")
            .Append("Content-Length: ").Append(answer.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Date: ").Append(DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
        if (answer.RetryAfterSeconds.HasValue)
        {
            head.Append("Retry-After: ").Append(answer.RetryAfterSeconds.Value.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        if (close)
        {
            head.Append("Connection: close\r\n");
        }

        var bytes = Latin1.GetBytes(head.Append("\r\n").ToString());
        await stream.WriteAsync(bytes, 0, bytes.Length).ConfigureAwait(false);
        if (withBody)
        {
            await stream.WriteAsync(answer.Body, 0, answer.Body.Length).ConfigureAwait(false);
        }

        await stream.FlushAsync().ConfigureAwait(false);
    }

    private static bool IsConnectionGone(Exception e) =>
        e is OperationCanceledException || e is IOException || e is ObjectDisposedException || e is SocketException;

    private async Task AcceptAsync(Socket listener)
    {
        while (IsRunning)
        {
            Socket connection;
            try
            {
                connection = await Task.Factory.FromAsync(listener.BeginAccept, listener.EndAccept, null).ConfigureAwait(false);
            }
            catch (Exception) when (!IsRunning)
            {
                return;
            }
            catch (SocketException)
            {
                // A client that went away while it was accepted; keep serving the others.
                continue;
            }

            connection.NoDelay = true;
            _connections[connection] = 0;
            if (!IsRunning)
            {
                ConnectionDropper.Drop(connection);
            }

            _ = Task.Run(() => ServeConnectionAsync(connection));
        }
    }

    /// <summary>Serves the requests of one connection in turn until either side closes it.</summary>
    private async Task ServeConnectionAsync(Socket connection)
    {
        var dropped = false;
        try
        {
            using (var stream = new NetworkStream(connection, ownsSocket: false))
            {
                var reader = new HttpRequestReader(stream);
                var keepAlive = true;
                while (keepAlive && IsRunning)
                {
                    HttpRequestHead? head;
                    EmulatorHttpResponse answer;
                    RequestLog.Entry entry;
                    try
                    {
                        head = await reader.ReadHeadAsync(_stopping.Token).ConfigureAwait(false);
                        if (head == null)
                        {
                            return;
                        }

                        if (head.ExpectsContinue)
                        {
                            var interim = Latin1.GetBytes("HTTP/1.1 100 Continue\r\n\r\n");
                            await stream.WriteAsync(interim, 0, interim.Length).ConfigureAwait(false);
                        }

                        var body = await reader.ReadBodyAsync(head, _stopping.Token).ConfigureAwait(false);
                        var (path, query) = EmulatorHttpRequest.SplitTarget(head.Target);
                        entry = _log.Arrive(head.Method, path, query);
                        keepAlive = head.KeepAlive;
                        answer = await AnswerAsync(head, body, entry).ConfigureAwait(false);
                    }
                    catch (MalformedRequestException malformed)
                    {
                        // Answered in the service's shape, then closed: where the next request starts is unknown.
                        entry = _log.Arrive(string.Empty, string.Empty, string.Empty);
                        answer = JsonOutput.Error(ApiError.MalformedRequest(malformed.Message), _api.Options.Clock);
                        head = null;
                        keepAlive = false;
                    }

                    // Logged before it is sent, so a client holding the answer always finds it in the log.
                    _log.Complete(entry, answer);
                    if (answer.IsDropped)
                    {
                        dropped = true;
                        ConnectionDropper.Drop(connection);
                        return;
                    }

                    await SendAsync(stream, answer, withBody: head?.Method != "HEAD", close: !keepAlive).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (IsConnectionGone(e))
        {
            // The client or Stop closed the connection: no one is left to answer.
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            if (!dropped)
            {
                CloseGracefully(connection);
            }
        }
    }

    /// <summary>The API's answer after the latency; a dropped answer when stopped meanwhile.</summary>
    private async Task<EmulatorHttpResponse> AnswerAsync(HttpRequestHead head, byte[] body, RequestLog.Entry entry)
    {
        try
        {
            head.Headers.TryGetValue("Authorization", out var authorization);
            head.Headers.TryGetValue("Host", out var host);
            var request = new EmulatorHttpRequest(head.Method, head.Target, authorization, body, string.IsNullOrEmpty(host) ? BaseUri.Authority : host!);
            await WaitOutLatencyAsync(entry).ConfigureAwait(false);
            return _api.Handle(request);
        }
        catch (OperationCanceledException)
        {
            // Stopped while the request waited.
            return EmulatorHttpResponse.Dropped(EmulatorFault.None);
        }
        catch (Exception)
        {
            // A defect in a handler: answer as the server would rather than leave the client hanging.
            return JsonOutput.Error(ApiError.InternalServerError(), _api.Options.Clock);
        }
    }

    private static void CloseGracefully(Socket connection)
    {
        try
        {
            connection.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
        {
            // Already closed.
        }

        connection.Close();
    }

    /// <summary>
    /// Waits until <see cref="EmulatorOptions.Latency"/> has passed since arrival. Timers can fire a few
    /// milliseconds early, so the wait is topped up until the full latency has really elapsed.
    /// </summary>
    private async Task WaitOutLatencyAsync(RequestLog.Entry entry)
    {
        for (var left = _latency - entry.Elapsed; left > TimeSpan.Zero; left = _latency - entry.Elapsed)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), _stopping.Token).ConfigureAwait(false);
        }
    }
}
