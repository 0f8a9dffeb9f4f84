using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>An entry of the history export's data: the signed download URL of the hour's file.</summary>
internal sealed class HistoryUrlDto
{
    [JsonPropertyName("url")]
    public string? Url { get; set; }
}
