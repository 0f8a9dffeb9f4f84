using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary><c>data:{result}</c> (force logout, announcement set); <c>result</c> may come as a string.</summary>
internal sealed class ResultDto
{
    [JsonPropertyName("result")]
    public bool? Result { get; set; }
}
