using System.Net.Http.Headers;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>An HTTP answer from the emulator, its body parsed.</summary>
internal sealed class ApiAnswer(int status, string text, HttpResponseHeaders headers)
{
    public int Status { get; } = status;

    public string Text { get; } = text;

    public HttpResponseHeaders Headers { get; } = headers;

    public JsonElement Json { get; } = JsonDocument.Parse(text).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    public string? Error => Json.TryGetProperty("error", out var error) ? error.GetString() : null;

    public string? Description => Json.TryGetProperty("error_description", out var description) ? description.GetString() : null;

    /// <summary>Asserts a vendor error answer: status, code and message.</summary>
    public void ShouldFail(int status, string error, string description)
    {
        Assert.True(Status == status, $"expected {status} but got {Status}: {Text}");
        Assert.Equal(error, Error);
        Assert.Equal(description, Description);
    }

    /// <summary>Asserts a 200 answer.</summary>
    public ApiAnswer ShouldSucceed()
    {
        Assert.True(Status == 200, $"expected 200 but got {Status}: {Text}");
        return this;
    }

    public override string ToString() => $"{Status} {Text}";
}
