using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

internal sealed class ChatroomOwnerTransferredDto
{
    [JsonPropertyName("newowner")]
    public bool? NewOwner { get; set; }
}
