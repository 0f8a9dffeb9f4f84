using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The user calls answer in <c>entities</c>, not <c>data</c>.</summary>
internal sealed class UsersEnvelope
{
    [JsonPropertyName("entities")]
    public List<UserDto>? Entities { get; set; }

    /// <summary>The user list's next-page cursor; absent on the last page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }

    /// <summary>The batch register's refused users (<c>[]</c> when none).</summary>
    [JsonPropertyName("data")]
    public List<RegisterFailureDto>? Failures { get; set; }
}
