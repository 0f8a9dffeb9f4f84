using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>The vendor's example answers, copied next to the tests (Fixtures/*.json).</summary>
internal static class VendorFixtures
{
    public static JsonElement Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"))).RootElement;
}
