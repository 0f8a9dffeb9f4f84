using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>One member entry: <c>{"owner":"u"}</c> or <c>{"member":"u"}</c> (admins are members).</summary>
internal sealed class AffiliationDto
{
    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("member")]
    public string? Member { get; set; }
}
