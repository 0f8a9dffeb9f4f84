using System.Text.Json;

namespace Easemob.PowerShell.Client.Tests.Support;

internal static class JsonAssert
{
    /// <summary>Asserts two JSON texts are the same document (member order and whitespace aside).</summary>
    public static void Equal(string expected, string? actual)
    {
        Assert.NotNull(actual);
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual!);
        Assert.True(JsonElement.DeepEquals(expectedDocument.RootElement, actualDocument.RootElement), $"Expected {expected} but got {actual}");
    }
}
