using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class AnnouncementDto
{
    [JsonPropertyName("announcement")]
    public string? Announcement { get; set; }
}
