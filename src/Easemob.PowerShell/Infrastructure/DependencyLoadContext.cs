using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// PowerShell 7: the load context of the module's engine (Client, Emulator) and its third-party dependencies, so
/// the engine always runs on the Microsoft.Extensions.* (and other) versions it was built with, whatever other
/// modules loaded into the default context. What the session itself handles stays in the default context: this
/// assembly, Model, PowerShell and .NET.
/// </summary>
/// <remarks>
/// netstandard2.0 has no AssemblyLoadContext: the System.Runtime.Loader package gives its netstandard1.5 surface at
/// compile time and .NET the type at run time. That surface has no constructor taking a name, so the context is
/// known by its type name. Only <see cref="ModuleInitializer"/> calls in here, and only on .NET.
/// </remarks>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    // The only names taken over from the default context: our own, which no other module ships.
    private static readonly string[] EngineAssemblies = { "Easemob.PowerShell.Client", "Easemob.PowerShell.Emulator" };

    private static DependencyLoadContext? _instance;

    private readonly string _directory;
    private readonly string _runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";

    private DependencyLoadContext(string directory)
    {
        _directory = directory;
    }

    /// <summary>Hands the engine to this context when the default context looks for it. Callers serialize.</summary>
    internal static void Hook(string directory)
    {
        // What this context does not serve (Model above all) comes from the default context, which then looks only
        // at what it already holds and its own probing list. So load Model there now, the way this assembly binds it.
        _ = typeof(EmChatroom).Assembly;
        _instance ??= new DependencyLoadContext(directory);
        Default.Resolving += ResolveEngine;
    }

    internal static void Unhook() => Default.Resolving -= ResolveEngine;

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name)
    {
        var instance = _instance;
        if (instance == null || !IsEngine(name.Name) || !File.Exists(instance.PathOf(name.Name)))
        {
            return null;
        }
        return instance.LoadFromAssemblyName(name);
    }

    /// <summary>
    /// Serves what Dependencies/ holds, unless .NET itself has that assembly at the same or a newer version.
    /// Dependencies/ is laid out for netstandard2.0, so it also carries polyfills (System.Memory, System.Buffers...)
    /// and older copies of assemblies .NET ships (System.Text.Json on PowerShell 7.4 and later): loading those here
    /// would split Span&lt;T&gt; and the like into two types, and .NET's copy is the one the whole session binds to.
    /// Anything else (Model, PowerShell, .NET) comes from the default context.
    /// </summary>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = PathOf(assemblyName.Name);
        return File.Exists(path) && !RuntimeHasAtLeast(path) ? LoadFromAssemblyPath(path) : null;
    }

    private string PathOf(string name) => Path.Combine(_directory, name + ".dll");

    private bool RuntimeHasAtLeast(string path)
    {
        var runtimeCopy = Path.Combine(_runtimeDirectory, Path.GetFileName(path));
        if (_runtimeDirectory.Length == 0 || !File.Exists(runtimeCopy))
        {
            return false;
        }
        var ours = AssemblyName.GetAssemblyName(path).Version;
        var runtimes = AssemblyName.GetAssemblyName(runtimeCopy).Version;
        return ours != null && runtimes != null && runtimes >= ours;
    }

    private static bool IsEngine(string name)
    {
        foreach (var engine in EngineAssemblies)
        {
            if (string.Equals(engine, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
