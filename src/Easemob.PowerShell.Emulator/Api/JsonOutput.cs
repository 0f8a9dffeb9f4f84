using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>Writes answer bodies: compact UTF-8 JSON with non-ASCII text as is, as the service sends it.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using (var stream = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                write(writer);
            }

            return stream.ToArray();
        }
    }

    public static EmulatorHttpResponse Error(ApiError error, IEmulatorClock clock)
    {
        var body = Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("error", error.Code);
            w.WriteString("exception", error.Exception);
            w.WriteNumber("timestamp", clock.NowMilliseconds());
            w.WriteNumber("duration", 0);
            w.WriteString("error_description", error.Description);
            w.WriteEndObject();
        });
        return new EmulatorHttpResponse(error.Status, body) { ErrorCode = error.Code };
    }
}
