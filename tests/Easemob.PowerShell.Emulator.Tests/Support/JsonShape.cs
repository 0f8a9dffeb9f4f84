using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>
/// Compares JSON by shape, not value: every field of the expected document must be in the actual one with the
/// same kind (string, number, boolean, object, array); each element of an expected array must match some
/// element of the actual array. Extra fields in the actual document are fine: clients must ignore them.
/// </summary>
internal static class JsonShape
{
    public static void AssertConforms(JsonElement expected, JsonElement actual)
    {
        var problems = new List<string>();
        Compare(expected, actual, "$", problems);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + "actual: " + actual.GetRawText());
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> problems)
    {
        if (Kind(expected) != Kind(actual))
        {
            problems.Add($"{path}: expected {Kind(expected)} but found {Kind(actual)}");
            return;
        }

        if (expected.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in expected.EnumerateObject())
            {
                if (actual.TryGetProperty(property.Name, out var value))
                {
                    Compare(property.Value, value, $"{path}.{property.Name}", problems);
                }
                else
                {
                    problems.Add($"{path}: missing field '{property.Name}'");
                }
            }
        }
        else if (expected.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in expected.EnumerateArray())
            {
                if (!actual.EnumerateArray().Any(candidate => Conforms(item, candidate)))
                {
                    problems.Add($"{path}[{index}]: no element shaped like {item.GetRawText()}");
                }

                index++;
            }
        }
    }

    private static bool Conforms(JsonElement expected, JsonElement actual)
    {
        var problems = new List<string>();
        Compare(expected, actual, "$", problems);
        return problems.Count == 0;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
