using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>The success envelope's parts this client reads; every other envelope field is ignored.</summary>
internal sealed class DataEnvelope<TData>
    where TData : class
{
    [JsonPropertyName("data")]
    public TData? Data { get; set; }

    /// <summary>The chatroom list's next-page cursor; absent on the last page.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }
}
