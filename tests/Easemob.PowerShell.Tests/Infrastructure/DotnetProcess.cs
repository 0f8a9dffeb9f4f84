using System.Diagnostics;

namespace Easemob.PowerShell.Tests;

/// <summary>Runs `dotnet` with arguments (a built console program, or a build) as a child process.</summary>
public static class DotnetProcess
{
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
