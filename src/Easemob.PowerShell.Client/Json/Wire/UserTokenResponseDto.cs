using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The answer to a user token request: the token, its lifetime and the user.</summary>
internal sealed class UserTokenResponseDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    /// <summary>Lifetime in seconds; 0 = never expires.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    [JsonPropertyName("user")]
    public UserDto? User { get; set; }
}
