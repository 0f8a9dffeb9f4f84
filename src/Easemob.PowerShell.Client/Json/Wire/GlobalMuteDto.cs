using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>
/// A row of the mute list (<c>username</c> and one scope) or the single-user answer of <c>GET mutes/{user}</c>
/// (<c>userid</c>, every scope and its own <c>unixtime</c>). Scopes are remaining seconds: -1 permanent, 0 lifted.
/// </summary>
internal sealed class GlobalMuteDto
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("userid")]
    public string? UserId { get; set; }

    [JsonPropertyName("chat")]
    public long? Chat { get; set; }

    [JsonPropertyName("groupchat")]
    public long? GroupChat { get; set; }

    [JsonPropertyName("chatroom")]
    public long? Chatroom { get; set; }

    [JsonPropertyName("unixtime")]
    public long? UnixTime { get; set; }
}
