using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>One message to recall: the single recall's body and an entry of the batch recall's <c>msgs</c>.</summary>
internal sealed class RecallBody
{
    [JsonPropertyName("msg_id")]
    public string MessageId { get; set; } = string.Empty;

    [JsonPropertyName("to")]
    public string To { get; set; } = string.Empty;

    [JsonPropertyName("chat_type")]
    public string ChatType { get; set; } = string.Empty;

    [JsonPropertyName("from")]
    public string? From { get; set; }

    [JsonPropertyName("force")]
    public bool Force { get; set; }
}

internal sealed class BatchRecallBody
{
    [JsonPropertyName("msgs")]
    public List<RecallBody> Messages { get; set; } = new();
}

/// <summary>A recall's answer for one message: <c>recalled</c> is "yes" when it was.</summary>
internal sealed class RecallResultDto
{
    [JsonPropertyName("msg_id")]
    public string? MessageId { get; set; }

    [JsonPropertyName("recalled")]
    public string? Recalled { get; set; }
}
