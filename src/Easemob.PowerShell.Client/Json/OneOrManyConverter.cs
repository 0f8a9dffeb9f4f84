using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Easemob.PowerShell.Client.Json;

/// <summary>
/// Reads a list sent as an array or as a single object: the vendor documents arrays but its own examples
/// show one object for the chatroom list and details.
/// </summary>
internal sealed class OneOrManyConverter<T> : JsonConverter<List<T>>
    where T : class
{
    private JsonTypeInfo<T>? _itemType;

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var itemType = _itemType ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                AddItem(items, ref reader, itemType);
                return items;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject) AddItem(items, ref reader, itemType);
                    else reader.Skip();
                }
                return items;
            default:
                reader.Skip();
                return items;
        }
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Only answers are read with this converter.");

    private static void AddItem(List<T> items, ref Utf8JsonReader reader, JsonTypeInfo<T> itemType)
    {
        if (JsonSerializer.Deserialize(ref reader, itemType) is { } item) items.Add(item);
    }
}
