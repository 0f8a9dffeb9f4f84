using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>A send's answer: <c>data</c> maps each target to its message id; <c>timestamp</c> is when the server answered.</summary>
internal sealed class MessageSentEnvelope
{
    [JsonPropertyName("data")]
    public Dictionary<string, string>? Data { get; set; }

    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }
}
