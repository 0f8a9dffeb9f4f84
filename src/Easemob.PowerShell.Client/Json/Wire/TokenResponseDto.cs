using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class TokenResponseDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    /// <summary>Lifetime in seconds; 0 = never expires.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }
}
