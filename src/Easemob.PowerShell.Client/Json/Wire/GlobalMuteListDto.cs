using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The mute list's <c>data</c>: rows plus the server's time (seconds in the example, milliseconds per the docs).</summary>
internal sealed class GlobalMuteListDto
{
    [JsonPropertyName("data")]
    public List<GlobalMuteDto>? Rows { get; set; }

    [JsonPropertyName("unixtime")]
    public long? UnixTime { get; set; }
}
