using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json;

/// <summary>Like <see cref="LenientInt64Converter"/>, for int; a value out of int's range reads as null.</summary>
internal sealed class LenientInt32Converter : JsonConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LenientInt64Converter.ReadInteger(ref reader) is { } number && number >= int.MinValue && number <= int.MaxValue
            ? (int)number
            : null;

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }
}
