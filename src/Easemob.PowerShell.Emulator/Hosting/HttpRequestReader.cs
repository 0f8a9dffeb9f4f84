using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Easemob.PowerShell.Emulator.Hosting;

/// <summary>
/// Reads HTTP/1.x requests one after another from a connection: the request line, the headers, and a body sent
/// with Content-Length or chunked. What cannot be read as HTTP is a <see cref="MalformedRequestException"/>.
/// </summary>
internal sealed class HttpRequestReader
{
    /// <summary>Most bytes of a request line or one header line.</summary>
    private const int MaxLineBytes = 64 * 1024;

    /// <summary>Most header lines of a request.</summary>
    private const int MaxHeaders = 200;

    /// <summary>Most bytes of a body; the service's own limits are far smaller.</summary>
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[MaxLineBytes];
    private int _start;
    private int _end;

    public HttpRequestReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>The next request's line and headers, or null when the client closed the connection between requests.</summary>
    public async Task<HttpRequestHead?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        string? requestLine;
        do
        {
            // Empty lines before a request line are tolerated (RFC 9112 2.2).
            requestLine = await ReadLineAsync(atRequestStart: true, cancellationToken).ConfigureAwait(false);
            if (requestLine == null)
            {
                return null;
            }
        }
        while (requestLine.Length == 0);

        var parts = requestLine.Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0 || !IsToken(parts[0]))
        {
            throw new MalformedRequestException("the request line is not 'METHOD target HTTP/1.1'");
        }

        if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        {
            throw new MalformedRequestException("only HTTP/1.0 and HTTP/1.1 are spoken");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; ; count++)
        {
            var line = await ReadLineAsync(atRequestStart: false, cancellationToken).ConfigureAwait(false);
            if (line!.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (count >= MaxHeaders || colon <= 0 || !IsToken(line.Substring(0, colon)))
            {
                throw new MalformedRequestException("a header line is not 'Name: value'");
            }

            var name = line.Substring(0, colon);
            var value = line.Substring(colon + 1).Trim(' ', '\t');
            if (headers.TryGetValue(name, out var earlier))
            {
                if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase) && earlier != value)
                {
                    throw new MalformedRequestException("Content-Length is given twice with different values");
                }

                value = earlier + ", " + value;
            }

            headers[name] = value;
        }

        return new HttpRequestHead(parts[0], parts[1], parts[2] == "HTTP/1.1", headers);
    }

    /// <summary>The body of a request whose head was just read.</summary>
    public async Task<byte[]> ReadBodyAsync(HttpRequestHead head, CancellationToken cancellationToken)
    {
        if (head.Headers.TryGetValue("Transfer-Encoding", out var encoding))
        {
            if (!string.Equals(encoding, "chunked", StringComparison.OrdinalIgnoreCase))
            {
                throw new MalformedRequestException("the only transfer coding understood is chunked");
            }

            return await ReadChunkedAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!head.Headers.TryGetValue("Content-Length", out var lengthText))
        {
            return Array.Empty<byte>();
        }

        if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > MaxBodyBytes)
        {
            throw new MalformedRequestException($"Content-Length must be a number of bytes up to {MaxBodyBytes}");
        }

        return await ReadExactlyAsync(length, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsToken(string text)
    {
        foreach (var c in text)
        {
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".IndexOf(c) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<byte[]> ReadChunkedAsync(CancellationToken cancellationToken)
    {
        using (var body = new MemoryStream())
        {
            while (true)
            {
                var sizeLine = (await ReadLineAsync(atRequestStart: false, cancellationToken).ConfigureAwait(false))!;
                var extension = sizeLine.IndexOf(';');
                var sizeText = (extension < 0 ? sizeLine : sizeLine.Substring(0, extension)).Trim();
                if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
                    || size < 0 || body.Length + size > MaxBodyBytes)
                {
                    throw new MalformedRequestException($"a chunk size is not a hexadecimal number, or the body exceeds {MaxBodyBytes} bytes");
                }

                if (size == 0)
                {
                    // Trailer fields, ignored, up to the empty line.
                    while ((await ReadLineAsync(atRequestStart: false, cancellationToken).ConfigureAwait(false))!.Length > 0)
                    {
                    }

                    return body.ToArray();
                }

                var chunk = await ReadExactlyAsync(size, cancellationToken).ConfigureAwait(false);
                body.Write(chunk, 0, chunk.Length);
                if ((await ReadLineAsync(atRequestStart: false, cancellationToken).ConfigureAwait(false))!.Length != 0)
                {
                    throw new MalformedRequestException("a chunk is longer than its size");
                }
            }
        }
    }

    /// <summary>
    /// One line without its CRLF (a bare LF is accepted), as Latin-1. Null only for an end of stream before the
    /// first byte of a request; an end of stream anywhere else is an <see cref="EndOfStreamException"/>.
    /// </summary>
    private async Task<string?> ReadLineAsync(bool atRequestStart, CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var length = newline - _start;
                if (length > 0 && _buffer[newline - 1] == '\r')
                {
                    length--;
                }

                var line = new StringBuilder(length);
                for (var i = 0; i < length; i++)
                {
                    line.Append((char)_buffer[_start + i]);
                }

                _start = newline + 1;
                return line.ToString();
            }

            if (_start == 0 && _end == _buffer.Length)
            {
                throw new MalformedRequestException($"a line of the request head is longer than {MaxLineBytes} bytes");
            }

            var wasEmpty = _start == _end;
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (atRequestStart && wasEmpty)
                {
                    return null;
                }

                throw new EndOfStreamException();
            }
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new EndOfStreamException();
            }

            var take = Math.Min(count - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, result, copied, take);
            _start += take;
            copied += take;
        }

        return result;
    }

    /// <summary>Reads more bytes after the unread ones (moved to the front first); false at the end of the stream.</summary>
    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer, _end, _buffer.Length - _end, cancellationToken).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }
}

/// <summary>A request's line and headers; <see cref="Target"/> is as sent, still percent-encoded.</summary>
internal sealed record HttpRequestHead(string Method, string Target, bool IsHttp11, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.</summary>
    public bool KeepAlive =>
        Headers.TryGetValue("Connection", out var connection)
            ? IsHttp11 ? connection.IndexOf("close", StringComparison.OrdinalIgnoreCase) < 0 : connection.IndexOf("keep-alive", StringComparison.OrdinalIgnoreCase) >= 0
            : IsHttp11;

    public bool ExpectsContinue =>
        Headers.TryGetValue("Expect", out var expect) && string.Equals(expect, "100-continue", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A request that cannot be read as HTTP/1.x; answered 400 and the connection closed.</summary>
internal sealed class MalformedRequestException : Exception
{
    public MalformedRequestException(string message)
        : base(message)
    {
    }
}
