using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Easemob.PowerShell;

/// <summary>
/// Keeps the module's dependencies apart from the versions other modules bring. The module folder has only this
/// assembly and Model (the types the cmdlets emit, the exception scripts catch) at its root; the engine (Client,
/// Emulator) and every third-party dll sit in Dependencies/, where nothing finds them unaided. PowerShell calls
/// OnImport after loading this assembly and listing its exported types, before it reflects over the cmdlets' members,
/// and no exported type derives from an engine type, so the engine is first asked for after the hook below is in place.
/// </summary>
/// <remarks>
/// PowerShell 7: the engine loads into <see cref="DependencyLoadContext"/>. Windows PowerShell 5.1 (.NET Framework,
/// one load context) resolves from Dependencies/ what the usual probing cannot find: a fallback, not isolation.
/// </remarks>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new object();

    // OnImport runs for each import (one per runspace); the hook stays until the last of them is removed.
    private static int _imports;

    internal static string DependencyDirectory { get; } =
        Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? "", "Dependencies");

    private static bool OnNetFramework =>
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    public void OnImport()
    {
        lock (Gate)
        {
            if (_imports++ > 0)
            {
                return;
            }
            if (OnNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencies;
            }
            else
            {
                HookLoadContext();
            }
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            if (_imports == 0 || --_imports > 0)
            {
                return;
            }
            if (OnNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromDependencies;
            }
            else
            {
                UnhookLoadContext();
            }
        }
    }

    // Separate, never inlined: compiling a method that names DependencyLoadContext needs System.Runtime.Loader,
    // which .NET Framework does not have.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void HookLoadContext() => DependencyLoadContext.Hook(DependencyDirectory);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UnhookLoadContext() => DependencyLoadContext.Unhook();

    /// <summary>
    /// .NET Framework: serves an assembly from Dependencies/ when the normal probing failed and our copy is at
    /// least the version asked for. Answering by name also bridges the version skew between the netstandard
    /// packages (System.Runtime.CompilerServices.Unsafe 4.0.4.1 asked for, 6.0.0.0 shipped), as binding
    /// redirects would in an application.
    /// </summary>
    private static Assembly? ResolveFromDependencies(object? sender, ResolveEventArgs args)
    {
        var requested = new AssemblyName(args.Name);
        var path = Path.Combine(DependencyDirectory, requested.Name + ".dll");
        if (!File.Exists(path))
        {
            return null;
        }
        var shipped = AssemblyName.GetAssemblyName(path).Version;
        if (requested.Version != null && (shipped == null || shipped < requested.Version))
        {
            return null;
        }
        return Assembly.LoadFrom(path);
    }
}
