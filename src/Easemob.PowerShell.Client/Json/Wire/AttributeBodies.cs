using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The body of the attribute get (keys; null for all) and delete calls.</summary>
internal sealed class AttributeKeysBody
{
    [JsonPropertyName("keys")]
    public List<string>? Keys { get; set; }
}

/// <summary>The body of the attribute set calls.</summary>
internal sealed class SetAttributesBody
{
    [JsonPropertyName("metaData")]
    public Dictionary<string, string> MetaData { get; set; } = new();

    /// <summary>"DELETE" (the default: removed when the owner leaves) or "NO_DELETE".</summary>
    [JsonPropertyName("autoDelete")]
    public string AutoDelete { get; set; } = "DELETE";
}
