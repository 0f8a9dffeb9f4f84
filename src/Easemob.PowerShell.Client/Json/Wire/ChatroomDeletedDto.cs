using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class ChatroomDeletedDto
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
