using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>A chatroom as the list, joined-chatrooms and details calls send it (each sends a different subset).</summary>
internal sealed class ChatroomDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("maxusers")]
    public int? MaxUsers { get; set; }

    [JsonPropertyName("affiliations_count")]
    public int? AffiliationsCount { get; set; }

    [JsonPropertyName("membersonly")]
    public bool? MembersOnly { get; set; }

    [JsonPropertyName("allowinvites")]
    public bool? AllowInvites { get; set; }

    [JsonPropertyName("public")]
    public bool? Public { get; set; }

    [JsonPropertyName("created")]
    public long? Created { get; set; }

    [JsonPropertyName("custom")]
    public string? Custom { get; set; }

    [JsonPropertyName("affiliations")]
    public List<AffiliationDto>? Affiliations { get; set; }

    [JsonPropertyName("disabled")]
    public bool? Disabled { get; set; }

    /// <summary>Mute-all, in the newest pages' details.</summary>
    [JsonPropertyName("mute")]
    public bool? Mute { get; set; }
}
