using System.IO.Compression;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Easemob.PowerShell.Tests.Packaging;

/// <summary>
/// `build.ps1 -Task Package -NoBuild`, run in the hosted engine on the module folder the build laid out
/// (out/Easemob.PowerShell): the Gallery-ready folder and the .nupkg it writes, and how it refuses a
/// module it cannot package.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private static readonly string BuildScript = Path.Combine(ModulePaths.RepoRoot, "build.ps1");
    private static readonly string ModuleFolder = Path.GetDirectoryName(ModulePaths.Manifest)!;
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "em-package-" + Guid.NewGuid().ToString("N"));
    private readonly PsHost _ps;

    public PackageTests()
    {
        Directory.CreateDirectory(_temp);
        _ps = new PsHost(importModule: false, configure: state =>
        {
            if (OperatingSystem.IsWindows())
            {
                // build.ps1 is a local, unsigned script: allow it whatever the machine's policy is (there is
                // no execution policy elsewhere).
                state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
            }
        });
        // -NoBuild must hold: a build would rewrite the dlls this test process has loaded. A function
        // named dotnet wins over the executable, so any call fails the test.
        Run("function global:dotnet { throw 'build.ps1 ran dotnet despite -NoBuild' }").ThrowIfErrors();
    }

    public void Dispose()
    {
        _ps.Dispose();
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private PsResult Run(string script, params object?[] args) => _ps.Run(script, args);

    private PsResult Package(string outputPath, string? modulePath = null) => modulePath == null
        ? Run("& $args[0] -Task Package -NoBuild -OutputPath $args[1]", BuildScript, outputPath)
        : Run("& $args[0] -Task Package -NoBuild -OutputPath $args[1] -ModulePath $args[2]", BuildScript, outputPath, modulePath);

    private static string ModuleVersion(string manifestText) =>
        Regex.Match(manifestText, @"ModuleVersion\s*=\s*'([^']+)'").Groups[1].Value;

    /// <summary>Every file under a folder, relative, with '/' separators.</summary>
    private static SortedSet<string> FilesUnder(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')),
        StringComparer.Ordinal);

    /// <summary>A copy of the laid-out module folder, to break.</summary>
    private string CopyOfModule()
    {
        var copy = Path.Combine(_temp, "copy", "Easemob.PowerShell");
        foreach (var file in FilesUnder(ModuleFolder))
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(ModuleFolder, file), target);
        }
        return copy;
    }

    /// <summary>A copy of the module folder whose manifest has <paramref name="pattern"/> (which must match) replaced.</summary>
    private string CopyWithManifestEdited(string pattern, string replacement)
    {
        var copy = CopyOfModule();
        var manifestPath = Path.Combine(copy, "Easemob.PowerShell.psd1");
        var text = File.ReadAllText(manifestPath);
        var edited = Regex.Replace(text, pattern, replacement, RegexOptions.Multiline);
        Assert.NotEqual(text, edited);
        File.WriteAllText(manifestPath, edited);
        return copy;
    }

    [Fact]
    public void Package_writes_a_nupkg_and_a_gallery_ready_folder_with_every_file_and_the_manifests_metadata()
    {
        var output = Path.Combine(_temp, "package");
        var result = Package(output).ThrowIfErrors();

        // The version comes from the repository's manifest, the one place it is written.
        var rootManifest = File.ReadAllText(Path.Combine(ModulePaths.RepoRoot, "Easemob.PowerShell.psd1"));
        var version = ModuleVersion(rootManifest);
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        var nupkg = Path.Combine(output, $"Easemob.PowerShell.{version}.nupkg");
        Assert.True(File.Exists(nupkg), "no " + nupkg);
        var galleryFolder = Path.Combine(output, "Easemob.PowerShell");

        // The task tells what it wrote.
        var written = Assert.Single(result.Output);
        Assert.Equal(version, written.Properties["Version"].Value?.ToString());
        Assert.Equal(nupkg, written.Properties["Package"].Value?.ToString());
        Assert.Equal(galleryFolder, written.Properties["ModuleFolder"].Value?.ToString());

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.ToDictionary(e => Uri.UnescapeDataString(e.FullName), StringComparer.Ordinal);

        // The nuspec, at the root, with the manifest's values.
        var nuspecEntry = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        Assert.Equal("Easemob.PowerShell.nuspec", nuspecEntry.FullName);
        XElement metadata;
        using (var stream = nuspecEntry.Open())
        {
            metadata = XDocument.Load(stream).Root!.Element(Nuspec + "metadata")!;
        }
        string Field(string name) => metadata.Element(Nuspec + name)?.Value ?? "";
        Assert.Equal("Easemob.PowerShell", Field("id"));
        Assert.Equal(version, Field("version"));

        var manifest = Run("Test-ModuleManifest -Path $args[0]", ModulePaths.Manifest).ThrowIfErrors().Output.Single();
        string Property(string name) => manifest.Properties[name].Value?.ToString() ?? "";
        Assert.Equal(version, Property("Version"));
        Assert.Equal(Property("Description"), Field("description"));
        Assert.Equal(Property("Author"), Field("authors"));
        Assert.Equal(Property("Copyright"), Field("copyright"));
        Assert.Equal(Property("ReleaseNotes"), Field("releaseNotes"));
        Assert.Equal(Property("ProjectUri"), Field("projectUrl"));
        Assert.Equal(Property("LicenseUri"), Field("licenseUrl"));
        foreach (var field in new[] { "description", "authors", "releaseNotes", "projectUrl", "licenseUrl" })
        {
            Assert.False(string.IsNullOrWhiteSpace(Field(field)), field + " is empty");
        }

        var tags = Field("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var manifestTags = ((IEnumerable<string>)manifest.Properties["Tags"].Value).ToList();
        Assert.NotEmpty(manifestTags);
        Assert.All(manifestTags, tag => Assert.Contains(tag, tags));
        Assert.Contains("PSModule", tags);
        Assert.Contains("PSIncludes_Cmdlet", tags);
        Assert.Contains("PSEdition_Core", tags);
        Assert.Contains("PSEdition_Desktop", tags);
        var cmdlets = ((System.Collections.IDictionary)manifest.Properties["ExportedCmdlets"].Value).Keys.Cast<string>().ToList();
        Assert.Contains("Get-EmChatroom", cmdlets);
        Assert.All(cmdlets, cmdlet => Assert.Contains("PSCmdlet_" + cmdlet, tags));
        Assert.All(cmdlets, cmdlet => Assert.Contains("PSCommand_" + cmdlet, tags));

        // The packaging parts, and a content type for every part (else NuGet cannot open the package).
        Assert.Contains("[Content_Types].xml", entries.Keys);
        Assert.Contains("_rels/.rels", entries.Keys);
        XElement types;
        using (var stream = entries["[Content_Types].xml"].Open())
        {
            types = XDocument.Load(stream).Root!;
        }
        var extensions = types.Elements().Where(e => e.Name.LocalName == "Default").Select(e => e.Attribute("Extension")!.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var overrides = types.Elements().Where(e => e.Name.LocalName == "Override").Select(e => e.Attribute("PartName")!.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != "[Content_Types].xml"))
        {
            var extension = Path.GetExtension(entry.FullName).TrimStart('.');
            Assert.True(extensions.Contains(extension) || overrides.Contains("/" + entry.FullName), "no content type for " + entry.FullName);
        }
        using (var stream = entries["_rels/.rels"].Open())
        {
            var target = XDocument.Load(stream).Root!.Elements().Single().Attribute("Target")!.Value;
            Assert.Equal("/Easemob.PowerShell.nuspec", target);
        }

        // The module's files at the package root: every file of the laid-out folder, subfolders
        // included, byte for byte; nothing else. The same for the Gallery-ready folder.
        var laidOut = FilesUnder(ModuleFolder);
        Assert.Contains("Easemob.PowerShell.psd1", laidOut);
        Assert.Contains("Easemob.PowerShell.dll", laidOut);
        Assert.Contains("Easemob.PowerShell.Format.ps1xml", laidOut);
        Assert.Contains("en-US/Easemob.PowerShell.dll-Help.xml", laidOut);
        Assert.Contains("en-US/about_Easemob.PowerShell.help.txt", laidOut);
        var packaged = new SortedSet<string>(entries.Keys.Except(new[] { "[Content_Types].xml", "_rels/.rels", "Easemob.PowerShell.nuspec" }), StringComparer.Ordinal);
        Assert.Equal(laidOut, packaged);
        Assert.Equal(laidOut, FilesUnder(galleryFolder));
        foreach (var file in laidOut)
        {
            var original = File.ReadAllBytes(Path.Combine(ModuleFolder, file));
            using var packagedStream = new MemoryStream();
            using (var stream = entries[file].Open())
            {
                stream.CopyTo(packagedStream);
            }
            Assert.True(original.AsSpan().SequenceEqual(packagedStream.ToArray()), file + " differs in the package");
            Assert.True(original.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(galleryFolder, file))), file + " differs in the module folder");
        }

        // The Gallery-ready folder is a valid module of that version.
        var tested = Run("Test-ModuleManifest -Path $args[0]", Path.Combine(galleryFolder, "Easemob.PowerShell.psd1"));
        Assert.Null(tested.Terminating);
        Assert.Empty(tested.Errors);
        Assert.Equal(version, tested.Output.Single().Properties["Version"].Value?.ToString());
    }

    [Fact]
    public void Package_again_replaces_the_previous_output()
    {
        var output = Path.Combine(_temp, "package");
        Package(output).ThrowIfErrors();
        var stale = Path.Combine(output, "Easemob.PowerShell", "Stale.dll");
        File.WriteAllText(stale, "left over from an older layout");

        Package(output).ThrowIfErrors();

        Assert.False(File.Exists(stale));
        Assert.Equal(FilesUnder(ModuleFolder), FilesUnder(Path.Combine(output, "Easemob.PowerShell")));
    }

    [Fact]
    public void Package_fails_clearly_when_the_module_folder_is_missing()
    {
        var missing = Path.Combine(_temp, "never-built", "Easemob.PowerShell");
        var output = Path.Combine(_temp, "package");

        var result = Package(output, missing);

        Assert.NotNull(result.Terminating);
        Assert.Contains(Path.Combine(missing, "Easemob.PowerShell.psd1"), result.Terminating!.Message);
        Assert.Contains("does not exist", result.Terminating.Message);
        Assert.False(Directory.Exists(output), "output written for a module that is not there");
    }

    [Fact]
    public void Package_fails_clearly_when_a_file_the_manifest_names_is_absent()
    {
        var copy = CopyOfModule();
        File.Delete(Path.Combine(copy, "Easemob.PowerShell.dll"));
        var output = Path.Combine(_temp, "package");

        var result = Package(output, copy);

        Assert.NotNull(result.Terminating);
        Assert.Contains("names files that are not in", result.Terminating!.Message);
        Assert.Contains("Easemob.PowerShell.dll", result.Terminating.Message);
        Assert.False(Directory.Exists(output), "output written for an incomplete module");
    }

    [Fact]
    public void Package_fails_clearly_when_the_manifest_lacks_a_project_uri()
    {
        var copy = CopyWithManifestEdited(@"^\s*ProjectUri\s*=.*$\r?\n", "");
        var output = Path.Combine(_temp, "package");

        var result = Package(output, copy);

        Assert.NotNull(result.Terminating);
        Assert.Contains("ProjectUri", result.Terminating!.Message);
        Assert.Contains("PowerShell Gallery", result.Terminating.Message);
        Assert.False(Directory.Exists(output), "output written for a manifest the Gallery would show incomplete");
    }

    [Fact]
    public void Package_fails_when_the_laid_out_manifest_is_not_the_version_of_the_repositorys_manifest()
    {
        var copy = CopyWithManifestEdited(@"ModuleVersion\s*=\s*'[^']+'", "ModuleVersion        = '0.0.1'");
        var output = Path.Combine(_temp, "package");

        var result = Package(output, copy);

        Assert.NotNull(result.Terminating);
        Assert.Contains("version 0.0.1 but", result.Terminating!.Message);
        Assert.Contains(ModuleVersion(File.ReadAllText(Path.Combine(ModulePaths.RepoRoot, "Easemob.PowerShell.psd1"))), result.Terminating.Message);
        Assert.False(Directory.Exists(output), "a package of a stale build written");
    }

    [Fact]
    public void Package_fails_with_the_test_module_manifest_error_when_the_manifest_is_invalid()
    {
        var copy = CopyWithManifestEdited(@"^@\{", "@{\n    NotAManifestKey = 1");
        var output = Path.Combine(_temp, "package");

        var result = Package(output, copy);

        Assert.NotNull(result.Terminating);
        Assert.Contains("Test-ModuleManifest", result.Terminating!.Message);
        Assert.Contains("NotAManifestKey", result.Terminating.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Package_refuses_an_output_path_that_would_overwrite_the_module_being_packaged()
    {
        var copy = CopyOfModule();
        var before = FilesUnder(copy);

        var result = Package(Path.GetDirectoryName(copy)!, copy);

        Assert.NotNull(result.Terminating);
        Assert.Contains("-OutputPath", result.Terminating!.Message);
        Assert.Equal(before, FilesUnder(copy));
    }
}
