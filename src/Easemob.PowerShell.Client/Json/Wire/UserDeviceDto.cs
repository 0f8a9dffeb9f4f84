using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>One entry of <c>GET users/{u}/resources</c>.</summary>
internal sealed class UserDeviceDto
{
    [JsonPropertyName("res")]
    public string? Resource { get; set; }

    [JsonPropertyName("device_uuid")]
    public string? DeviceUuid { get; set; }

    [JsonPropertyName("device_name")]
    public string? DeviceName { get; set; }
}
