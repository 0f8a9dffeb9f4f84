using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The modify answer: which of the three properties changed (the name is reported as <c>groupname</c>).</summary>
internal sealed class ChatroomUpdatedDto
{
    [JsonPropertyName("groupname")]
    public bool? GroupName { get; set; }

    [JsonPropertyName("description")]
    public bool? Description { get; set; }

    [JsonPropertyName("maxusers")]
    public bool? MaxUsers { get; set; }
}
