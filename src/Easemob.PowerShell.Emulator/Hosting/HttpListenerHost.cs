using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Emulator.Api;

namespace Easemob.PowerShell.Emulator.Hosting
{
    /// <summary>
    /// The thin transport: an <see cref="HttpListener"/> on loopback that hands each request, on its own task, to
    /// the <see cref="EmulatorApi"/>, logs it and writes (or drops) the answer.
    /// </summary>
    internal sealed class HttpListenerHost
    {
        /// <summary>Tries at binding a free port: another process can take it between probing and binding.</summary>
        private const int BindAttempts = 5;

        private readonly HttpListener listener;
        private readonly EmulatorApi api;
        private readonly RequestLog log;
        private readonly TimeSpan latency;
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();

        /// <summary>Requests being served, so Stop can drop them: closing the listener alone would answer them with empty 200s.</summary>
        private readonly ConcurrentDictionary<HttpListenerContext, byte> inFlight = new ConcurrentDictionary<HttpListenerContext, byte>();
        private int stopped;

        private HttpListenerHost(HttpListener listener, int port, EmulatorApi api, RequestLog log)
        {
            this.listener = listener;
            this.api = api;
            this.log = log;
            latency = api.Options.Latency;
            Port = port;
            BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        }

        public int Port { get; }

        public Uri BaseUri { get; }

        public bool IsRunning => Volatile.Read(ref stopped) == 0;

        /// <summary>Binds 127.0.0.1 on the options' port (0: a free one) and starts serving.</summary>
        public static HttpListenerHost Start(EmulatorApi api, RequestLog log)
        {
            var requestedPort = api.Options.Port;
            for (var attempt = 1; ; attempt++)
            {
                var port = requestedPort != 0 ? requestedPort : FindFreePort();
                var listener = new HttpListener { IgnoreWriteExceptions = true };
                listener.Prefixes.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
                try
                {
                    listener.Start();
                }
                catch (HttpListenerException) when (requestedPort == 0 && attempt < BindAttempts)
                {
                    listener.Close();
                    continue;
                }

                var host = new HttpListenerHost(listener, port, api, log);
                _ = host.AcceptAsync();
                return host;
            }
        }

        /// <summary>Stops listening and aborts requests in flight; the port is released. Idempotent.</summary>
        public void Stop()
        {
            if (Interlocked.Exchange(ref stopped, 1) == 1)
            {
                return;
            }

            stopping.Cancel();
            foreach (var context in inFlight.Keys)
            {
                try
                {
                    ConnectionDropper.Drop(context);
                }
                catch (Exception e) when (IsConnectionGone(e))
                {
                    // Already closed by its client.
                }
            }

            listener.Close();
        }

        private static int FindFreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            try
            {
                return ((IPEndPoint)probe.LocalEndpoint).Port;
            }
            finally
            {
                probe.Stop();
            }
        }

        private static async Task<byte[]> ReadBodyAsync(HttpListenerRequest request)
        {
            using (var body = new MemoryStream())
            {
                await request.InputStream.CopyToAsync(body).ConfigureAwait(false);
                return body.ToArray();
            }
        }

        private static async Task SendAsync(HttpListenerResponse response, EmulatorHttpResponse answer)
        {
            response.StatusCode = answer.Status;
            response.ContentType = "application/json;charset=UTF-8";
            if (answer.RetryAfterSeconds.HasValue)
            {
                response.AddHeader("Retry-After", answer.RetryAfterSeconds.Value.ToString(CultureInfo.InvariantCulture));
            }

            response.ContentLength64 = answer.Body.Length;
            await response.OutputStream.WriteAsync(answer.Body, 0, answer.Body.Length).ConfigureAwait(false);
            response.Close();
        }

        private async Task AcceptAsync()
        {
            while (IsRunning)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (!IsRunning)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    // A client that went away while its request was accepted; keep serving the others.
                    continue;
                }

                inFlight[context] = 0;
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await ServeAsync(context).ConfigureAwait(false);
                    }
                    finally
                    {
                        inFlight.TryRemove(context, out _);
                    }
                });
            }
        }

        private async Task ServeAsync(HttpListenerContext context)
        {
            var rawTarget = context.Request.RawUrl ?? "/";
            var (path, query) = EmulatorHttpRequest.SplitTarget(rawTarget);
            var entry = log.Arrive(context.Request.HttpMethod, path, query);
            EmulatorHttpResponse answer;
            try
            {
                var request = new EmulatorHttpRequest(context.Request.HttpMethod, rawTarget, context.Request.Headers["Authorization"],
                    await ReadBodyAsync(context.Request).ConfigureAwait(false), context.Request.Headers["Host"] ?? BaseUri.Authority);
                await WaitOutLatencyAsync(entry).ConfigureAwait(false);
                answer = api.Handle(request);
            }
            catch (Exception e) when (IsConnectionGone(e))
            {
                // Stopped while the request waited, or the client went away: there is no one to answer.
                answer = EmulatorHttpResponse.Dropped(EmulatorFault.None);
            }
            catch (Exception)
            {
                // A defect in a handler: answer as the server would rather than leave the client hanging.
                answer = JsonOutput.Error(ApiError.InternalServerError());
            }

            // Logged before it is sent, so a client holding the answer always finds it in the log.
            log.Complete(entry, answer);
            try
            {
                if (answer.IsDropped)
                {
                    ConnectionDropper.Drop(context);
                }
                else
                {
                    await SendAsync(context.Response, answer).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (IsConnectionGone(e))
            {
                // The client or Stop closed the connection mid-answer: nothing left to do.
            }
        }

        /// <summary>
        /// Waits until <see cref="EmulatorOptions.Latency"/> has passed since arrival. Timers can fire a few
        /// milliseconds early, so the wait is topped up until the full latency has really elapsed.
        /// </summary>
        private async Task WaitOutLatencyAsync(RequestLog.Entry entry)
        {
            for (var left = latency - entry.Elapsed; left > TimeSpan.Zero; left = latency - entry.Elapsed)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), stopping.Token).ConfigureAwait(false);
            }
        }

        private static bool IsConnectionGone(Exception e) =>
            e is OperationCanceledException || e is IOException || e is HttpListenerException || e is ObjectDisposedException || e is SocketException;
    }
}
