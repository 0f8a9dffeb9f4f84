using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json;

/// <summary>
/// Reads an integer sent as a number or as a string ("2", "2.0"); anything else that is not an integer reads as
/// null rather than failing the whole answer.
/// </summary>
internal sealed class LenientInt64Converter : JsonConverter<long?>
{
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadInteger(ref reader);

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } number) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }

    internal static long? ReadInteger(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var number)) return number;
                return reader.TryGetDouble(out var real) ? FromDouble(real) : null;
            case JsonTokenType.String:
                return Parse(reader.GetString());
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    private static long? Parse(string? text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number))
            return number;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? FromDouble(real) : null;
    }

    private static long? FromDouble(double value) =>
        value == Math.Floor(value) && value >= long.MinValue && value <= long.MaxValue ? (long)value : null;
}
