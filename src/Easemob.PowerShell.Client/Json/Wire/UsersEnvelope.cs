using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The user calls answer in <c>entities</c>, not <c>data</c>.</summary>
internal sealed class UsersEnvelope
{
    [JsonPropertyName("entities")]
    public List<UserDto>? Entities { get; set; }
}
