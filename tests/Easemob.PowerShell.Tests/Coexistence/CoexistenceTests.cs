using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Coexistence;

/// <summary>
/// Runs tests/Easemob.PowerShell.CoexistenceHost as its own process: it loads Microsoft.Extensions.Http 6.0 into the
/// default load context first, as another module would, then imports the built module and uses it. It takes a process
/// of its own: this one has Model and the Emulator on its own probing list (the tests reference them) and no conflict.
/// </summary>
public sealed class CoexistenceTests
{
    private const string ModuleContext = "Easemob.PowerShell.DependencyLoadContext";

    [Fact]
    public void ModuleWorksNextToAnOlderMicrosoftExtensionsHttpInTheDefaultContext()
    {
        var (exitCode, output, facts) = RunHost();

        Assert.True(exitCode == 0, "Host exited with " + exitCode + ":\n" + output);
        Assert.Equal("ok", facts["result"]);

        // The conflict really is there: the older version owns the default context.
        var conflict = Loaded.Parse(facts["default.Microsoft.Extensions.Http"]);
        Assert.StartsWith("6.", conflict.Version);
        Assert.Equal("Default", conflict.Context);

        // What the session handles stays in the default context, at the module root.
        foreach (var name in new[] { "Easemob.PowerShell", "Easemob.PowerShell.Model" })
        {
            var assembly = Loaded.Parse(facts["module." + name]);
            Assert.Equal("Default", assembly.Context);
            Assert.Equal(ModuleFolder, Path.GetDirectoryName(assembly.Path));
        }

        // The engine and its own Microsoft.Extensions.Http 8 live in the module's context, from Dependencies/.
        foreach (var key in new[] { "module.Easemob.PowerShell.Client", "module.Easemob.PowerShell.Emulator", "client.Microsoft.Extensions.Http" })
        {
            var assembly = Loaded.Parse(facts[key]);
            Assert.True(assembly.Context == ModuleContext, key + " is in " + assembly.Context + ":\n" + output);
            Assert.Equal(Path.Combine(ModuleFolder, "Dependencies"), Path.GetDirectoryName(assembly.Path));
        }
        Assert.StartsWith("8.", Loaded.Parse(facts["client.Microsoft.Extensions.Http"]).Version);
        Assert.Contains("Microsoft.Extensions.Http", facts["client.context.assemblies"].Split(", "));

        // An assembly .NET ships at least as new is taken from .NET, not loaded a second time.
        Assert.Equal("Default", Loaded.Parse(facts["client.System.Text.Json"]).Context);

        Assert.Equal("1", facts["chatrooms"]);
        Assert.Equal("x", facts["chatroom.names"]);
        // catch [Easemob.PowerShell.Model.EasemobApiException] catches what the isolated engine threw.
        Assert.Equal("caught 404", facts["typed.catch"]);
    }

    private static string ModuleFolder => Path.GetDirectoryName(ModulePaths.Manifest)!;

    /// <summary>"&lt;version&gt; in &lt;context&gt; from &lt;path&gt;", as the host describes a loaded assembly.</summary>
    private sealed record Loaded(string Version, string Context, string Path)
    {
        public static Loaded Parse(string fact)
        {
            var inAt = fact.IndexOf(" in ", StringComparison.Ordinal);
            var fromAt = fact.IndexOf(" from ", StringComparison.Ordinal);
            Assert.True(inAt > 0 && fromAt > inAt, "Not a loaded assembly: " + fact);
            return new Loaded(fact[..inAt], fact[(inAt + 4)..fromAt], fact[(fromAt + 6)..]);
        }
    }

    private static (int ExitCode, string Output, Dictionary<string, string> Facts) RunHost()
    {
        var run = DotnetProcess.RunProgram("Easemob.PowerShell.CoexistenceHost", TimeSpan.FromMinutes(2), ModulePaths.Manifest);
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in run.Output.Split('\n'))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                facts.TryAdd(line[..colon], line[(colon + 2)..].TrimEnd('\r'));
            }
        }
        return (run.ExitCode, run.Output, facts);
    }
}
