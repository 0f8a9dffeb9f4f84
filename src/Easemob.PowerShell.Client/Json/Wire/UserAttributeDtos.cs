using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The body of the user attribute batch get: the users, and the keys to return.</summary>
internal sealed class UserAttributeBatchBody
{
    [JsonPropertyName("targets")]
    public List<string> Targets { get; set; } = new();

    [JsonPropertyName("properties")]
    public List<string> Properties { get; set; } = new();
}

/// <summary>An answer whose data is a single value: the attribute delete's bool, the attribute capacity's bytes.</summary>
internal sealed class ValueAnswerDto
{
    [JsonPropertyName("data")]
    public string? Data { get; set; }
}
