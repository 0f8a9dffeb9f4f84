using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>Absolute remaining seconds per scope; a scope left null is not sent and keeps its current value.</summary>
internal sealed class SetGlobalMuteBody
{
    [JsonPropertyName("username")]
    public string Username { get; set; } = string.Empty;

    [JsonPropertyName("chat")]
    public long? Chat { get; set; }

    [JsonPropertyName("groupchat")]
    public long? GroupChat { get; set; }

    [JsonPropertyName("chatroom")]
    public long? Chatroom { get; set; }
}
