using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>
    /// A JSON object from a request body with typed reads. A property that is absent or null reads as null;
    /// one of the wrong type is 400 invalid_parameter.
    /// </summary>
    internal sealed class RequestBody
    {
        private static readonly JsonElement EmptyObject = ParseDetached(new[] { (byte)'{', (byte)'}' });

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly JsonElement json;

        private RequestBody(JsonElement json)
        {
            this.json = json;
        }

        /// <summary>The names of the properties sent with a non-null value.</summary>
        public IReadOnlyList<string> PropertyNames =>
            json.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToArray();

        /// <summary>The body as one object; an empty body reads as {}.</summary>
        public static RequestBody ParseObject(byte[] body)
        {
            var json = Parse(body);
            return json.ValueKind == JsonValueKind.Object
                ? new RequestBody(json)
                : throw new EmulatorApiException(ApiError.InvalidParameter("the request body must be a JSON object"));
        }

        /// <summary>The body as an object or an array of objects.</summary>
        public static IReadOnlyList<RequestBody> ParseObjects(byte[] body)
        {
            var json = Parse(body);
            var items = json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().ToArray() : new[] { json };
            return items.All(i => i.ValueKind == JsonValueKind.Object)
                ? items.Select(i => new RequestBody(i)).ToArray()
                : throw new EmulatorApiException(ApiError.InvalidParameter("the request body must be a JSON object or an array of objects"));
        }

        public string? String(string name)
        {
            var value = Property(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.String => value.Value.GetString(),
                _ => throw WrongType(name, "a string"),
            };
        }

        public long? Integer(string name)
        {
            var value = Property(name);
            if (value == null)
            {
                return null;
            }

            return value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt64(out var number)
                ? number
                : throw WrongType(name, "an integer");
        }

        public bool? Boolean(string name)
        {
            var value = Property(name);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw WrongType(name, "a Boolean"),
            };
        }

        public IReadOnlyList<string>? StringArray(string name)
        {
            var value = Property(name);
            if (value == null)
            {
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.Array || value.Value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                throw WrongType(name, "an array of strings");
            }

            return value.Value.EnumerateArray().Select(e => e.GetString()!).ToArray();
        }

        /// <summary>An object of string values, in the order sent (e.g. chatroom attributes' metaData).</summary>
        public IReadOnlyList<KeyValuePair<string, string>>? StringMap(string name)
        {
            var value = Property(name);
            if (value == null)
            {
                return null;
            }

            if (value.Value.ValueKind != JsonValueKind.Object || value.Value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
            {
                throw WrongType(name, "an object of strings");
            }

            return value.Value.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToArray();
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

        private static EmulatorApiException WrongType(string name, string expected) =>
            new EmulatorApiException(ApiError.InvalidParameter($"{name} must be {expected}"));

        private JsonElement? Property(string name) =>
            json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;
    }
}
