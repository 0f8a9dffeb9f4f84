using System.Diagnostics;

namespace Easemob.PowerShell.Tests.Support;

/// <summary>Runs `dotnet` with arguments (a built console program, or a build) as a child process.</summary>
public static class DotnetProcess
{
    /// <summary>
    /// Runs a console program of tests/ (e.g. the benchmark harness), as built in the tests' own configuration;
    /// builds it first if it is missing.
    /// </summary>
    public static (int ExitCode, string Output) RunProgram(string projectName, TimeSpan timeout, params string[] arguments)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var project = Path.Combine(ModulePaths.RepoRoot, "tests", projectName);
        var dll = Path.Combine(project, "bin", configuration, "net10.0", projectName + ".dll");
        if (!File.Exists(dll))
        {
            var build = Run(TimeSpan.FromMinutes(5), "build", project, "-c", configuration);
            Assert.True(build.ExitCode == 0, $"Building {projectName} failed:\n" + build.Output);
        }
        return Run(timeout, new[] { dll }.Concat(arguments).ToArray());
    }

    /// <summary>Returns the exit code (-1 on timeout, after killing it) and stdout followed by stderr.</summary>
    public static (int ExitCode, string Output) Run(TimeSpan timeout, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ModulePaths.RepoRoot,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + timeout + "\n" + stdout.Result + stderr.Result);
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + "\n" + stderr.Result);
    }
}
