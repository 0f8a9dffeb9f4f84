using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class UserDto
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("nickname")]
    public string? Nickname { get; set; }

    [JsonPropertyName("activated")]
    public bool? Activated { get; set; }

    [JsonPropertyName("created")]
    public long? Created { get; set; }
}
