using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class TransferChatroomOwnerBody
{
    [JsonPropertyName("newowner")]
    public string NewOwner { get; set; } = string.Empty;
}
