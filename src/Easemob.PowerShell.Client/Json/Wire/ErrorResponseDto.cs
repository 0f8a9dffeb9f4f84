using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The failure body: a code word and a human message (other fields such as <c>exception</c> are ignored).</summary>
internal sealed class ErrorResponseDto
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }
}
