using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>A broadcast's answer: its id (a number beyond 2^53, read as its exact text).</summary>
internal sealed class BroadcastDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
