using System.Management.Automation;

namespace Easemob.PowerShell.Tests.Session;

public class ManifestTests
{
    [Fact]
    public void The_laid_out_manifest_is_valid_and_lists_every_cmdlet_the_assembly_defines()
    {
        using var ps = new PsHost(importModule: false);
        var manifest = ps.Run("Test-ModuleManifest -Path $args[0]", ModulePaths.Manifest).ThrowIfErrors().Output.Single();
        Assert.Equal(new[] { "Core", "Desktop" }, ((IEnumerable<string>)manifest.Properties["CompatiblePSEditions"].Value).ToArray());

        var exported = ((System.Collections.IDictionary)manifest.Properties["ExportedCmdlets"].Value).Keys.Cast<string>().OrderBy(n => n).ToList();
        var moduleAssembly = System.Reflection.Assembly.LoadFrom(Path.Combine(Path.GetDirectoryName(ModulePaths.Manifest)!, "Easemob.PowerShell.dll"));
        var defined = moduleAssembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>())
            .Select(a => a.VerbName + "-" + a.NounName).OrderBy(n => n).ToList();
        Assert.Equal(defined, exported);
    }

    [Fact]
    public void Every_cmdlet_declares_its_output_type_and_every_writing_cmdlet_supports_ShouldProcess()
    {
        using var ps = new PsHost();
        var commands = ps.Run("Get-Command -Module Easemob.PowerShell").ThrowIfErrors().Objects<CmdletInfo>();
        Assert.All(commands, c => Assert.NotEmpty(c.OutputType));
        // Disconnect-EmApp only forgets a local session; Disconnect-EmUser logs users out on the server.
        // Export-EmMessageHistory writes files.
        var writing = commands.Where(c => c.Verb is "New" or "Set" or "Remove" or "Add" or "Sync" or "Block" or "Unblock" or "Disable" or "Enable" or "Import"
            or "Send" or "Undo" or "Export" || c.Name == "Disconnect-EmUser").ToList();
        Assert.Equal(64, writing.Count);
        Assert.All(writing, c => Assert.Contains("WhatIf", c.Parameters.Keys));
    }
}
