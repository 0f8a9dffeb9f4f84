using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The attribute set/delete answer: a 200 even when some keys failed, each with its reason.</summary>
internal sealed class AttributeOutcomeDto
{
    [JsonPropertyName("successKeys")]
    public List<string>? SuccessKeys { get; set; }

    [JsonPropertyName("errorKeys")]
    public Dictionary<string, string>? ErrorKeys { get; set; }
}
