using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The modify body: only the three properties the server lets change, each sent only when set.</summary>
internal sealed class UpdateChatroomBody
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("maxusers")]
    public int? MaxUsers { get; set; }
}
