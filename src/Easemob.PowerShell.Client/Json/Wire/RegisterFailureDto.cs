using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>A user the batch register refused while registering the others.</summary>
internal sealed class RegisterFailureDto
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("registerUserFailReason")]
    public string? Reason { get; set; }
}
