using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Easemob.PowerShell.Client.Http;

/// <summary>Classifies exceptions from sending a request: did the exchange fail, and can the server have seen it?</summary>
internal static class TransportFailure
{
    /// <summary>Socket errors that only happen while opening a connection, before any byte of the request is sent.</summary>
    private static readonly SocketError[] ConnectErrors =
    {
        SocketError.ConnectionRefused,
        SocketError.HostNotFound,
        SocketError.TryAgain,
        SocketError.NoData,
        SocketError.HostUnreachable,
        SocketError.NetworkUnreachable,
        SocketError.NetworkDown,
        SocketError.AddressNotAvailable,
    };

    /// <summary>The exchange with the server failed (as opposed to a bug in the caller or the client).</summary>
    public static bool IsTransportFailure(Exception exception) =>
        exception is HttpRequestException or IOException or SocketException or WebException;

    /// <summary>
    /// True when the connection could not be opened, so the server cannot have acted on the request. A reset or
    /// closed connection after that may come after the server processed it, and is not counted here.
    /// </summary>
    public static bool IsConnectFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket && ConnectErrors.Contains(socket.SocketErrorCode)) return true;
            if (current is WebException web && web.Status is WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure) return true;
        }
        return false;
    }
}
