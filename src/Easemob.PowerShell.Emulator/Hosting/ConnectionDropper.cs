using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Easemob.PowerShell.Emulator.Hosting
{
    /// <summary>
    /// Drops a request's connection without any answer. On Windows (http.sys) HttpListenerResponse.Abort() does
    /// that, but the managed HttpListener of other platforms first writes an empty 200; there the connection's
    /// socket is reset directly, reached by reflection since no public API exposes it.
    /// </summary>
    internal static class ConnectionDropper
    {
        private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

        private static readonly PropertyInfo? ManagedConnection = typeof(HttpListenerContext).GetProperty("Connection", Private);

        public static void Drop(HttpListenerContext context)
        {
            var connection = ManagedConnection?.GetValue(context);
            if (connection?.GetType().GetField("_socket", Private)?.GetValue(connection) is Socket socket)
            {
                // Linger 0 closes with a reset, so the client sees a dropped connection rather than an end of stream.
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
            }

            context.Response.Abort();
        }
    }
}
