namespace Easemob.PowerShell.Tests.Support;

public static class ModulePaths
{
    /// <summary>The repository root: the folder holding Easemob.PowerShell.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The manifest of the module folder the build lays out.</summary>
    public static string Manifest => Path.Combine(RepoRoot, "out", "Easemob.PowerShell", "Easemob.PowerShell.psd1");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Easemob.PowerShell.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Easemob.PowerShell.sln not found above " + AppContext.BaseDirectory);
    }
}
