using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Easemob.PowerShell.Tests.Emulator;

/// <summary>
/// Start-EmEmulator -Wait as a standalone process (real pwsh, `dotnet pwsh`) told to end by a signal, as kill,
/// containers, service managers and CI timeouts do: the state file is saved as on Ctrl+C.
/// </summary>
public sealed class EmulatorSignalTests : IDisposable
{
    private const int SIGHUP = 1;
    private const int SIGTERM = 15;

    private readonly string folder = Directory.CreateTempSubdirectory("emsignal").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(SIGTERM)]
    [InlineData(SIGHUP)]
    public async Task Wait_saves_the_state_file_when_the_process_gets_a_termination_signal(int signal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No POSIX signals to send.
        }

        var path = Path.Combine(folder, "app.json");
        var script = $"\"PID $PID\"; Import-Module '{ModulePaths.Manifest}'; Start-EmEmulator -User alice -StatePath '{path}' -Wait";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ModulePaths.RepoRoot };
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", script })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var banner = "";
            while (!banner.Contains("State file:"))
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1))
                    ?? throw new InvalidOperationException("pwsh ended before serving:\n" + banner + await stderr);
                banner += line + "\n";
            }

            var pid = int.Parse(Regex.Match(banner, @"PID (\d+)").Groups[1].Value);
            var api = Regex.Match(banner, @"API root: +(\S+)").Groups[1].Value;
            var clientId = Regex.Match(banner, @"Client id: +(\S+)").Groups[1].Value;
            var secret = Regex.Match(banner, @"Client secret: +(\S+)").Groups[1].Value;
            using (var http = new HttpClient())
            {
                // A change made while serving, which only a save on the way out can keep.
                var token = await http.PostAsJsonAsync(api + "token", new { grant_type = "client_credentials", client_id = clientId, client_secret = secret });
                var access = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
                using var register = new HttpRequestMessage(HttpMethod.Post, api + "users") { Content = JsonContent.Create(new { username = "bob", password = "p1" }) };
                register.Headers.Authorization = new("Bearer", access);
                Assert.True((await http.SendAsync(register)).IsSuccessStatusCode);
            }

            Assert.Equal(0, kill(pid, signal));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.True(File.Exists(path), "no state file was saved:\n" + await stderr);
        var saved = File.ReadAllText(path);
        Assert.Contains("\"alice\"", saved);
        Assert.Contains("\"bob\"", saved);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
