using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// A message to send: its body (text, custom event or command) and the options every send shares. Built once and
/// then only read; <see cref="ContentBytes"/> is measured on the JSON that is sent.
/// </summary>
public sealed class OutgoingMessage
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _type;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _body;

    private OutgoingMessage(string type, IReadOnlyList<KeyValuePair<string, object?>> body, string? from, IReadOnlyDictionary<string, object?>? extension, bool silent)
    {
        _type = type;
        _body = body;
        From = from;
        // Silent is the documented ext flag; given with the other ext entries, it is sent with them.
        var ext = extension is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(extension.Count + 1, StringComparer.Ordinal);
        if (extension is not null) foreach (var entry in extension) ext[entry.Key] = entry.Value;
        if (silent) ext[SilentFlag] = true;
        Extension = ext.Count == 0 ? null : ext;
        ContentBytes = Write(w => WriteBody(w)).Length + (Extension is null ? 0 : Write(w => WriteValue(w, Extension)).Length);
    }

    /// <summary>The ext flag that sends a message without a push notification.</summary>
    public const string SilentFlag = "em_ignore_notification";

    /// <summary>The sender; null lets the server use "admin".</summary>
    public string? From { get; }

    /// <summary>The ext sent, silent flag included; null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extension { get; }

    /// <summary>UTF-8 bytes of the body and ext as sent, for <see cref="EmApiLimits.MaxMessageContentBytes"/>.</summary>
    public int ContentBytes { get; }

    public static OutgoingMessage Text(string text, string? from = null, IReadOnlyDictionary<string, object?>? extension = null, bool silent = false) =>
        new("txt", new[] { Entry("msg", text) }, from, extension, silent);

    public static OutgoingMessage Custom(string customEvent, IReadOnlyDictionary<string, string>? customExtensions, string? from = null,
        IReadOnlyDictionary<string, object?>? extension = null, bool silent = false)
    {
        var body = new List<KeyValuePair<string, object?>> { Entry("customEvent", customEvent) };
        if (customExtensions is { Count: > 0 }) body.Add(Entry("customExts", customExtensions));
        return new OutgoingMessage("custom", body, from, extension, silent);
    }

    public static OutgoingMessage Command(string action, string? from = null, IReadOnlyDictionary<string, object?>? extension = null, bool silent = false) =>
        new("cmd", new[] { Entry("action", action) }, from, extension, silent);

    /// <summary>The send body: <c>from</c>, <c>to</c>, <c>type</c>, <c>body</c>, <c>ext</c>, then the call's own fields.</summary>
    internal byte[] ToSendBody(IReadOnlyList<string> to, Action<Utf8JsonWriter>? writeOptions) => Write(w =>
    {
        w.WriteStartObject();
        if (From is not null) w.WriteString("from", From);
        w.WriteStartArray("to");
        foreach (var target in to) w.WriteStringValue(target);
        w.WriteEndArray();
        w.WriteString("type", _type);
        w.WritePropertyName("body");
        WriteBody(w);
        if (Extension is not null)
        {
            w.WritePropertyName("ext");
            WriteValue(w, Extension);
        }
        writeOptions?.Invoke(w);
        w.WriteEndObject();
    });

    /// <summary>The broadcast body: <c>from</c> (admin unless given: the all-users call requires it), <c>msg</c> (the body with its type inside), <c>ext</c>, then the call's own fields.</summary>
    internal byte[] ToBroadcastBody(Action<Utf8JsonWriter>? writeOptions) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("from", From ?? "admin");
        w.WritePropertyName("msg");
        WriteBody(w, withType: true);
        if (Extension is not null)
        {
            w.WritePropertyName("ext");
            WriteValue(w, Extension);
        }
        writeOptions?.Invoke(w);
        w.WriteEndObject();
    });

    /// <summary>
    /// The modify body: <c>user</c>, <c>new_msg</c> (the body with its type inside), <c>new_ext</c> and whether it is
    /// merged into the old ext (<c>is_combine_ext</c>) or replaces it.
    /// </summary>
    internal byte[] ToRewriteBody(bool replaceExtension) => Write(w =>
    {
        w.WriteStartObject();
        if (From is not null) w.WriteString("user", From);
        w.WritePropertyName("new_msg");
        WriteBody(w, withType: true);
        if (Extension is not null)
        {
            w.WritePropertyName("new_ext");
            WriteValue(w, Extension);
        }
        w.WriteBoolean("is_combine_ext", !replaceExtension);
        w.WriteEndObject();
    });

    /// <summary>Whether the service can modify a sent message of this kind: text and custom messages only.</summary>
    public bool IsModifiable => _type is "txt" or "custom";

    /// <param name="withType">The type inside the body, as the broadcast and modify calls take it.</param>
    private void WriteBody(Utf8JsonWriter writer, bool withType = false)
    {
        writer.WriteStartObject();
        if (withType) writer.WriteString("type", _type);
        foreach (var entry in _body)
        {
            writer.WritePropertyName(entry.Key);
            WriteValue(writer, entry.Value);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a plain .NET value as JSON: text, numbers, booleans, dictionaries as objects, other lists as arrays.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int or long or short or byte or sbyte or ushort or uint or ulong or float or double or decimal:
                writer.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)); break;
            case DateTime or DateTimeOffset:
                writer.WriteStringValue(((IFormattable)value).ToString("o", CultureInfo.InvariantCulture)); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var entry in map) { writer.WritePropertyName(entry.Key); WriteValue(writer, entry.Value); }
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, string>> strings:
                writer.WriteStartObject();
                foreach (var entry in strings) writer.WriteString(entry.Key, entry.Value);
                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static KeyValuePair<string, object?> Entry(string name, object? value) => new(name, value);

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions)) write(writer);
        return stream.ToArray();
    }
}
