using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// A JSON object from a request body with typed reads. A property that is absent or null reads as null;
/// one of the wrong type is 400 invalid_parameter. Scalars bind as leniently as the service's JSON binding:
/// an integer or boolean sent as "" is absent and one sent as its text is its value (Easemob's Go server SDK
/// sends "ttl": ""), and a number or boolean sent for a string (alone, in an array or as a map value) is its text.
/// </summary>
internal sealed class RequestBody
{
    private static readonly JsonElement EmptyObject = ParseDetached(new[] { (byte)'{', (byte)'}' });

    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonElement _json;

    private RequestBody(JsonElement json)
    {
        _json = json;
    }

    /// <summary>The names of the properties sent with a non-null value.</summary>
    public IReadOnlyList<string> PropertyNames =>
        _json.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToArray();

    /// <summary>The body as one object; an empty body reads as {}.</summary>
    public static RequestBody ParseObject(byte[] body)
    {
        var json = Parse(body);
        return json.ValueKind == JsonValueKind.Object
            ? new RequestBody(json)
            : throw new EmulatorApiException(ApiError.InvalidParameter("the request body must be a JSON object"));
    }

    /// <summary>The body as an object or an array of objects (<paramref name="isArray"/>: the batch form of a call).</summary>
    public static IReadOnlyList<RequestBody> ParseObjects(byte[] body, out bool isArray)
    {
        var json = Parse(body);
        isArray = json.ValueKind == JsonValueKind.Array;
        var items = isArray ? json.EnumerateArray().ToArray() : new[] { json };
        return items.All(i => i.ValueKind == JsonValueKind.Object)
            ? items.Select(i => new RequestBody(i)).ToArray()
            : throw new EmulatorApiException(ApiError.InvalidParameter("the request body must be a JSON object or an array of objects"));
    }

    public string? String(string name)
    {
        var value = Property(name);
        return value == null ? null : Text(value.Value) ?? throw WrongType(name, "a string");
    }

    public long? Integer(string name)
    {
        var value = Property(name);
        if (value == null)
        {
            return null;
        }

        switch (value.Value.ValueKind)
        {
            case JsonValueKind.Number when value.Value.TryGetInt64(out var number):
                return number;
            case JsonValueKind.String when value.Value.GetString() is var text && text!.Length == 0:
                return null;
            case JsonValueKind.String when long.TryParse(value.Value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw WrongType(name, "an integer");
        }
    }

    public IReadOnlyList<string>? StringArray(string name)
    {
        var value = Property(name);
        if (value == null)
        {
            return null;
        }

        var items = value.Value.ValueKind == JsonValueKind.Array ? value.Value.EnumerateArray().Select(Text).ToArray() : null;
        return items == null || items.Any(i => i == null) ? throw WrongType(name, "an array of strings") : items.Select(i => i!).ToArray();
    }

    /// <summary>An object of string values, in the order sent (e.g. chatroom attributes' metaData).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? StringMap(string name)
    {
        var value = Property(name);
        if (value == null)
        {
            return null;
        }

        var pairs = value.Value.ValueKind == JsonValueKind.Object
            ? value.Value.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, Text(p.Value))).ToArray()
            : null;
        return pairs == null || pairs.Any(p => p.Value == null)
            ? throw WrongType(name, "an object of strings")
            : pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToArray();
    }

    /// <summary>
    /// A boolean, bound as leniently as the service's Jackson binding: "" is absent, "true" and "false" (any case)
    /// are their value, and an integer is false when 0 and true otherwise.
    /// </summary>
    public bool? Boolean(string name)
    {
        var value = Property(name);
        switch (value?.ValueKind)
        {
            case null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number when value.Value.TryGetInt64(out var number):
                return number != 0;
            case JsonValueKind.String when value.Value.GetString() is var text && text!.Length == 0:
                return null;
            case JsonValueKind.String when bool.TryParse(value.Value.GetString(), out var parsed):
                return parsed;
            default:
                throw WrongType(name, "a boolean");
        }
    }

    /// <summary>An array of objects (e.g. a batch recall's msgs); null when absent.</summary>
    public IReadOnlyList<RequestBody>? Objects(string name)
    {
        var value = Property(name);
        if (value == null)
        {
            return null;
        }

        return value.Value.ValueKind == JsonValueKind.Array && value.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object)
            ? value.Value.EnumerateArray().Select(e => new RequestBody(e)).ToArray()
            : throw WrongType(name, "an array of objects");
    }

    /// <summary>A JSON object property (e.g. a message's body or ext) as is; null when absent.</summary>
    public JsonElement? Object(string name)
    {
        var value = Property(name);
        return value == null || value.Value.ValueKind == JsonValueKind.Object ? value : throw WrongType(name, "an object");
    }

    private static JsonElement Parse(byte[] body)
    {
        if (body.All(b => b == ' ' || b == '\t' || b == '\r' || b == '\n'))
        {
            return EmptyObject;
        }

        try
        {
            // Strings are transcoded only when read; invalid UTF-8 in one must be refused here, not fail a handler.
            StrictUtf8.GetCharCount(body);
            return ParseDetached(body);
        }
        catch (Exception e) when (e is JsonException || e is DecoderFallbackException)
        {
            throw new EmulatorApiException(ApiError.JsonParse());
        }
    }

    /// <summary>Parses and clones, detaching the element from the pooled document, which is then released.</summary>
    private static JsonElement ParseDetached(byte[] body)
    {
        using (var document = JsonDocument.Parse(body))
        {
            return document.RootElement.Clone();
        }
    }

    /// <summary>A scalar as the service's binding reads it into a string: a string as is, a number or boolean as its text; null otherwise.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    private static EmulatorApiException WrongType(string name, string expected) =>
        new EmulatorApiException(ApiError.InvalidParameter($"{name} must be {expected}"));

    private JsonElement? Property(string name) =>
        _json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;
}
