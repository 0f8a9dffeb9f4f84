using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json;

/// <summary>Reads true/false sent as JSON booleans, as strings ("false", the joined-chatrooms <c>disabled</c>) or as 1/0.</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                var text = reader.GetString()?.Trim();
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1") return true;
                if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) || text == "0") return false;
                return null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var number) && (number == 0 || number == 1) ? number == 1 : null;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag) writer.WriteBooleanValue(flag);
        else writer.WriteNullValue();
    }
}
