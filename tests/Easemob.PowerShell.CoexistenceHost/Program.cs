// Usage: dotnet Easemob.PowerShell.CoexistenceHost.dll <path to out/Easemob.PowerShell/Easemob.PowerShell.psd1>
//
// Plays "another module got there first": Microsoft.Extensions.Http 6.0 (with its Microsoft.Extensions.* 6.0
// dependencies) is loaded into the default load context and used, then the built module is imported into a fresh
// runspace and used against its emulator. Prints one "key: value" fact per line for CoexistenceTests to check, and
// exits 0 only if the cmdlets worked.
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Easemob.PowerShell.CoexistenceHost <path to Easemob.PowerShell.psd1>");
    return 2;
}

using (var services = new ServiceCollection().AddHttpClient().BuildServiceProvider())
{
    services.GetRequiredService<IHttpClientFactory>().CreateClient().Dispose();
}
Fact("default.Microsoft.Extensions.Http", Describe(typeof(HttpClientFactoryServiceCollectionExtensions).Assembly));

const string Script = """
    param($Manifest)
    $ErrorActionPreference = 'Stop'
    Import-Module -Name $Manifest
    Start-EmEmulator -User u1 | Connect-EmApp | Out-Null
    New-EmChatroom -Name x -Owner u1 | Out-Null
    Get-EmChatroom
    # The engine throws from its own load context; a script still names the exception by type.
    try { Remove-EmChatroom -Id 123456789 -Force } catch [Easemob.PowerShell.Model.EasemobApiException] { "caught $($_.Exception.StatusCode)" }
    Stop-EmEmulator
    """;

Collection<PSObject> output;
using (var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2()))
{
    runspace.Open();
    using var shell = PowerShell.Create(runspace);
    shell.AddScript(Script).AddArgument(Path.GetFullPath(args[0]));
    try
    {
        output = shell.Invoke();
    }
    catch (Exception exception)
    {
        Fact("error", Flatten(exception));
        return 1;
    }
    foreach (var error in shell.Streams.Error)
    {
        Fact("error", Flatten(error.Exception));
    }
    // Not HadErrors: it is also set by the error the script catches on purpose.
    if (shell.Streams.Error.Count > 0)
    {
        return 1;
    }
}

foreach (var name in new[] { "Easemob.PowerShell", "Easemob.PowerShell.Model", "Easemob.PowerShell.Client", "Easemob.PowerShell.Emulator" })
{
    Fact("module." + name, Describe(Loaded(name, AssemblyLoadContext.All)));
}
var clientContext = AssemblyLoadContext.GetLoadContext(Loaded("Easemob.PowerShell.Client", AssemblyLoadContext.All)!)!;
Fact("client.context.assemblies", string.Join(", ", clientContext.Assemblies.Select(a => a.GetName().Name).Order()));
// What the engine binds, loaded by it or not: the Client's context answers for its references.
Fact("client.Microsoft.Extensions.Http", Describe(clientContext.LoadFromAssemblyName(new AssemblyName("Microsoft.Extensions.Http"))));
Fact("client.System.Text.Json", Describe(clientContext.LoadFromAssemblyName(new AssemblyName("System.Text.Json"))));

Fact("typed.catch", string.Join(",", output.Select(o => o.BaseObject).OfType<string>()));
var chatrooms = output.Where(o => o.BaseObject.GetType().FullName == "Easemob.PowerShell.Model.EmChatroom").ToList();
Fact("chatrooms", chatrooms.Count.ToString());
Fact("chatroom.names", string.Join(",", chatrooms.Select(c => c.Properties["Name"].Value)));
var ok = chatrooms.Count == 1 && Equals(chatrooms[0].Properties["Name"].Value, "x");
Fact("result", ok ? "ok" : "failed");
return ok ? 0 : 1;

static void Fact(string key, string value) => Console.WriteLine(key + ": " + value);

static Assembly? Loaded(string name, IEnumerable<AssemblyLoadContext> contexts) =>
    contexts.SelectMany(c => c.Assemblies).FirstOrDefault(a => a.GetName().Name == name);

// "<version> in <context> from <file>", the context by name, or by type for one without a name.
static string Describe(Assembly? assembly)
{
    if (assembly == null)
    {
        return "not loaded";
    }
    var context = AssemblyLoadContext.GetLoadContext(assembly)!;
    var contextName = context == AssemblyLoadContext.Default ? "Default" : context.Name ?? context.GetType().FullName;
    return assembly.GetName().Version + " in " + contextName + " from " + assembly.Location;
}

static string Flatten(Exception? exception)
{
    var parts = new List<string>();
    for (var e = exception; e != null; e = e.InnerException)
    {
        parts.Add(e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" "));
    }
    return string.Join(" <- ", parts);
}
