using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Reads exported history files, gzip or plain JSON lines, one record at a time: memory stays flat whatever the
/// file's size. Every documented body type reads into <see cref="EmHistoryMessage"/>; its fields stay in Body.
/// </summary>
public static class HistoryRecords
{
    /// <summary>Whether <paramref name="start"/> (the file's first bytes) is gzip's magic number.</summary>
    public static bool IsGzip(byte[] start) => start.Length >= 2 && start[0] == 0x1f && start[1] == 0x8b;

    /// <summary>A history file's lines as text, gunzipped when it is gzip; the file must be seekable (it is peeked at).</summary>
    public static TextReader OpenText(Stream file)
    {
        var start = new byte[2];
        var read = file.Read(start, 0, start.Length);
        file.Seek(-read, SeekOrigin.Current);
        var content = IsGzip(start) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    /// <summary>One record (one line of the file) as a message; <see cref="FormatException"/> when it is not one.</summary>
    public static EmHistoryMessage Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var record = document.RootElement;
            if (record.ValueKind != JsonValueKind.Object) throw new FormatException("A history record is a JSON object.");
            var payload = record.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var body = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("bodies", out var bodies) && bodies.ValueKind == JsonValueKind.Array
                ? bodies.EnumerateArray().FirstOrDefault()
                : default;
            var fields = body.ValueKind == JsonValueKind.Object ? ToDictionary(body) : new Dictionary<string, object?>();
            var type = fields.TryGetValue("type", out var t) ? t as string ?? string.Empty : string.Empty;
            return new EmHistoryMessage
            {
                MessageId = Text(record, "msg_id") ?? throw new FormatException("A history record has a msg_id."),
                Timestamp = Number(record, "timestamp") is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : default,
                // payload.from/to are the documented ones; the record's own are internal and used only when the payload has none.
                From = Text(payload, "from") ?? Text(record, "from") ?? string.Empty,
                To = Text(payload, "to") ?? Text(record, "to") ?? string.Empty,
                ChatType = ChatTypeOf(Text(record, "chat_type")),
                Type = type,
                Text = type == "txt" && fields.TryGetValue("msg", out var msg) ? msg as string : null,
                Body = fields,
                Extension = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("ext", out var ext) && ext.ValueKind == JsonValueKind.Object
                    ? ToDictionary(ext)
                    : new Dictionary<string, object?>(),
            };
        }
        catch (JsonException e)
        {
            throw new FormatException("A history record is one line of JSON: " + e.Message, e);
        }
    }

    private static EmChatType? ChatTypeOf(string? chatType) => chatType?.ToLowerInvariant() switch
    {
        "chat" => EmChatType.Chat,
        "groupchat" => EmChatType.GroupChat,
        "chatroom" => EmChatType.Chatroom,
        _ => null,
    };

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.Number ? value.TryGetInt64(out var n) : long.TryParse(value.GetString(), out n)) ? n : null;

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject()) result[property.Name] = ToValue(property.Value);
        return result;
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(value),
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToArray(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? (object)whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
