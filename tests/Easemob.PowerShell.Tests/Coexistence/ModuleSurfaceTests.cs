using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace Easemob.PowerShell.Tests.Coexistence;

/// <summary>
/// What isolation relies on: the module folder's layout, and a public surface (the cmdlet assembly and Model, which
/// live in the session's default load context, and the Emulator types EmEmulator.Store hands out) that names no type
/// of the Client or of the isolated third-party libraries.
/// </summary>
public sealed class ModuleSurfaceTests
{
    private static readonly string ModuleFolder = Path.GetDirectoryName(ModulePaths.Manifest)!;
    private static readonly string DependencyFolder = Path.Combine(ModuleFolder, "Dependencies");
    private static readonly string RuntimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    [Fact]
    public void RootHoldsOnlyTheCmdletAssemblyAndModel()
    {
        var rootDlls = Directory.GetFiles(ModuleFolder, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { "Easemob.PowerShell.Model.dll", "Easemob.PowerShell.dll" }, rootDlls);
    }

    [Fact]
    public void DependenciesHoldTheEngineAndEveryThirdPartyDll()
    {
        var dependencies = Directory.GetFiles(DependencyFolder, "*.dll").Select(Path.GetFileName).ToHashSet();

        foreach (var expected in new[]
                 {
                     "Easemob.PowerShell.Client.dll", "Easemob.PowerShell.Emulator.dll", "System.Text.Json.dll",
                     "Microsoft.Extensions.Http.dll", "Microsoft.Extensions.DependencyInjection.dll", "System.Memory.dll",
                 })
        {
            Assert.Contains(expected, dependencies);
        }
        Assert.DoesNotContain("Easemob.PowerShell.dll", dependencies);
        Assert.DoesNotContain("Easemob.PowerShell.Model.dll", dependencies);
        Assert.DoesNotContain("System.Management.Automation.dll", dependencies);
    }

    /// <summary>Every reference of every module dll is found in the module folder or in .NET itself.</summary>
    [Fact]
    public void EveryReferenceResolvesWithinTheModuleOrDotNet()
    {
        var missing = new List<string>();
        foreach (var dll in Directory.GetFiles(ModuleFolder, "*.dll").Concat(Directory.GetFiles(DependencyFolder, "*.dll")))
        {
            using var pe = new PEReader(File.OpenRead(dll));
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (name == "System.Management.Automation")
                {
                    continue; // PowerShell's own
                }
                var candidates = new[] { ModuleFolder, DependencyFolder, RuntimeFolder }.Select(folder => Path.Combine(folder, name + ".dll"));
                if (!candidates.Any(File.Exists))
                {
                    missing.Add(Path.GetFileName(dll) + " -> " + name);
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void PublicSurfaceNamesNoIsolatedType()
    {
        var context = new InspectionContext();
        try
        {
            var leaks = new List<string>();
            // The Emulator's own types are surface on purpose (EmEmulator.Store), so its surface is checked too.
            var surfaceAssemblies = new[]
            {
                Path.Combine(ModuleFolder, "Easemob.PowerShell.dll"),
                Path.Combine(ModuleFolder, "Easemob.PowerShell.Model.dll"),
                Path.Combine(DependencyFolder, "Easemob.PowerShell.Emulator.dll"),
            };
            foreach (var path in surfaceAssemblies)
            {
                var assembly = context.LoadFromAssemblyPath(path);
                foreach (var type in assembly.GetExportedTypes())
                {
                    foreach (var (where, used) in SurfaceOf(type))
                    {
                        foreach (var named in Expand(used))
                        {
                            if (IsIsolated(named.Assembly.GetName().Name!))
                            {
                                leaks.Add(type.FullName + " " + where + ": " + named.FullName + " (" + named.Assembly.GetName().Name + ")");
                            }
                        }
                    }
                }
            }

            Assert.True(leaks.Count == 0, "The public surface names isolated types:\n" + string.Join("\n", leaks.Distinct()));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Types the session must never be handed through the module's surface: the Client and the third-party libraries.</summary>
    private static bool IsIsolated(string assemblyName) =>
        assemblyName == "Easemob.PowerShell.Client"
        || assemblyName.StartsWith("System.Text.Json", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.Bcl.", StringComparison.Ordinal);

    /// <summary>Each type a caller outside the assembly can see this type use: base, interfaces, visible members' signatures.</summary>
    private static IEnumerable<(string Where, Type Used)> SurfaceOf(Type type)
    {
        if (type.BaseType != null)
        {
            yield return ("base type", type.BaseType);
        }
        foreach (var implemented in type.GetInterfaces())
        {
            yield return ("interface", implemented);
        }
        foreach (var parameter in type.GetGenericArguments())
        {
            foreach (var constraint in parameter.GetGenericParameterConstraints())
            {
                yield return ("constraint", constraint);
            }
        }
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            yield return ("field " + field.Name, field.FieldType);
        }
        // Methods include property and event accessors, so property, indexer and event types are covered.
        var methods = type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared));
        foreach (var method in methods.Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly))
        {
            if (method is MethodInfo info)
            {
                yield return ("method " + method.Name + " returns", info.ReturnType);
                foreach (var parameter in info.GetGenericArguments().SelectMany(p => p.GetGenericParameterConstraints()))
                {
                    yield return ("method " + method.Name + " constraint", parameter);
                }
            }
            foreach (var parameter in method.GetParameters())
            {
                yield return ("method " + method.Name + " parameter " + parameter.Name, parameter.ParameterType);
            }
        }
    }

    /// <summary>The type and every type it is built from: element types and generic arguments.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }
            yield break;
        }
        yield return type;
        foreach (var argument in type.GetGenericArguments())
        {
            foreach (var inner in Expand(argument))
            {
                yield return inner;
            }
        }
    }

    /// <summary>
    /// Loads the built module apart from the rest of the test run, from its own folder and Dependencies/; PowerShell
    /// and .NET come from the default context.
    /// </summary>
    private sealed class InspectionContext() : AssemblyLoadContext("module surface inspection", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            foreach (var folder in new[] { ModuleFolder, DependencyFolder })
            {
                var path = Path.Combine(folder, assemblyName.Name + ".dll");
                if (File.Exists(path))
                {
                    return LoadFromAssemblyPath(path);
                }
            }
            return null;
        }
    }
}
