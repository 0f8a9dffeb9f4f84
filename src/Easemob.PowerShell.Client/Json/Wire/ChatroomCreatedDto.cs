using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class ChatroomCreatedDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
