using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// GET chatmessages/{yyyyMMddHH}: a signed URL, on the emulator itself, of the hour's messages; that URL
/// (history-files/{hour}?Expires&amp;OSSAccessKeyId&amp;Signature) serves them as gzip JSON lines in the vendor's
/// record format and, like the vendor's object store, refuses an expired or wrong signature and a request that
/// also carries an Authorization header.
/// </summary>
internal sealed class HistoryEndpoints : IEndpoints
{
    private const string FilesPath = "history-files";

    private readonly EmulatorStore _store;
    private readonly AppIdentity _app;
    private readonly TimeSpan _urlLifetime;
    private readonly byte[] _signingKey = RandomBytes(32);
    private readonly string _accessKeyId = "LTAI" + RandomText.Base64Url(12);

    public HistoryEndpoints(EmulatorStore store, AppIdentity app, EmulatorOptions options)
    {
        _store = store;
        _app = app;
        _urlLifetime = options.HistoryUrlLifetime;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("GET", "chatmessages/{time}", EmApiFamily.HistoryExport, Url),
        new Route("GET", FilesPath + "/{time}", EmApiFamily.HistoryDownload, File, requiresToken: false),
    };

    private EmulatorHttpResponse Url(RequestContext context)
    {
        var time = context.Variable("time");
        if (!DateTime.TryParseExact(time, EmApiLimits.HistoryHourFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var hour))
        {
            throw new EmulatorApiException(ApiError.HistoryTime(_app.Key, time, unstored: false));
        }

        var start = new DateTimeOffset(hour, TimeSpan.Zero);
        var now = context.Clock.UtcNow;
        // The hour under way is served as far as it goes; later hours are not stored yet, older ones expired.
        if (start > now || start < now - EmApiLimits.DefaultHistoryRetention - TimeSpan.FromHours(1))
        {
            throw new EmulatorApiException(ApiError.HistoryTime(_app.Key, time, unstored: true));
        }

        if (_store.MessagesSentBetween(start, start.AddHours(1)).Count == 0)
        {
            throw new EmulatorApiException(ApiError.HistoryNotFound(_app.Key, time));
        }

        var expires = (now + _urlLifetime).ToUnixTimeSeconds();
        var url = "http://" + context.Request.Host + "/" + Uri.EscapeDataString(_app.Organization) + "/" + Uri.EscapeDataString(_app.Name) + "/" + FilesPath + "/" + time
            + "?Expires=" + expires.ToString(CultureInfo.InvariantCulture) + "&OSSAccessKeyId=" + _accessKeyId + "&Signature=" + Uri.EscapeDataString(Sign(time, expires));
        return context.Ok(w =>
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("url", url);
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }

    private EmulatorHttpResponse File(RequestContext context)
    {
        if (context.Request.Authorization != null)
        {
            throw new EmulatorApiException(ApiError.ObjectStore(400, EmErrorCodes.InvalidArgument,
                "Authorization header is invalid: a signed URL carries its signature in the query, so the request must carry no Authorization header."));
        }

        var time = context.Variable("time");
        var expiresText = context.Query.First("Expires");
        if (!long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || !FixedTimeEquals(Sign(time, expires), context.Query.First("Signature") ?? string.Empty)
            || context.Query.First("OSSAccessKeyId") != _accessKeyId)
        {
            throw new EmulatorApiException(ApiError.ObjectStore(403, EmErrorCodes.SignatureDoesNotMatch,
                "The request signature we calculated does not match the signature you provided."));
        }

        if (context.Clock.UtcNow.ToUnixTimeSeconds() >= expires)
        {
            throw new EmulatorApiException(ApiError.ObjectStore(403, EmErrorCodes.AccessDenied, "Request has expired."));
        }

        var start = new DateTimeOffset(DateTime.ParseExact(time, EmApiLimits.HistoryHourFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), TimeSpan.Zero);
        return new EmulatorHttpResponse(200, Gzip(_store.MessagesSentBetween(start, start.AddHours(1))));
    }

    /// <summary>One record per line, in the vendor's format: the body's type inside bodies[0], custom properties in both forms.</summary>
    private static byte[] Gzip(IReadOnlyList<EmulatorMessage> hour)
    {
        using (var file = new MemoryStream())
        {
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            {
                foreach (var message in hour)
                {
                    var line = JsonOutput.Write(w => WriteRecord(w, message));
                    gzip.Write(line, 0, line.Length);
                    gzip.WriteByte((byte)'\n');
                }
            }

            return file.ToArray();
        }
    }

    private static void WriteRecord(Utf8JsonWriter w, EmulatorMessage message)
    {
        w.WriteStartObject();
        w.WriteString("msg_id", message.Id);
        w.WriteNumber("timestamp", message.SentOn.ToUnixTimeMilliseconds());
        w.WriteString("direction", "outgoing");
        w.WriteString("to", message.To);
        w.WriteString("from", message.From);
        w.WriteString("chat_type", message.ChatType);
        w.WriteStartObject("payload");
        w.WriteStartArray("bodies");
        w.WriteStartObject();
        using (var body = JsonDocument.Parse(message.BodyJson))
        {
            foreach (var property in body.RootElement.EnumerateObject())
            {
                if (property.Name == "customExts" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    w.WritePropertyName("v2:customExts");
                    property.Value.WriteTo(w);
                    w.WriteStartArray("customExts");
                    foreach (var entry in property.Value.EnumerateObject())
                    {
                        w.WriteStartObject();
                        entry.WriteTo(w);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }
                else if (property.Name != "type")
                {
                    property.WriteTo(w);
                }
            }
        }

        w.WriteString("type", message.Type);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("ext");
        if (message.ExtensionJson == null)
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }
        else
        {
            using (var ext = JsonDocument.Parse(message.ExtensionJson))
            {
                ext.RootElement.WriteTo(w);
            }
        }

        w.WriteString("from", message.From);
        w.WriteString("to", message.To);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private string Sign(string time, long expires)
    {
        using (var hmac = new HMACSHA256(_signingKey))
        {
            var signed = hmac.ComputeHash(Encoding.UTF8.GetBytes(_app.Key + "/" + time + "\n" + expires.ToString(CultureInfo.InvariantCulture)));
            return Convert.ToBase64String(signed);
        }
    }

    private static bool FixedTimeEquals(string expected, string actual)
    {
        var difference = expected.Length ^ actual.Length;
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            difference |= expected[i] ^ actual[i];
        }

        return difference == 0;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return bytes;
    }
}
