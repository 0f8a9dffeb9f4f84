namespace Easemob.PowerShell.Tests.Benchmarks;

/// <summary>
/// Runs the benchmark harness (tests/Easemob.PowerShell.Benchmarks) in its --quick mode as a separate process
/// and checks that it finishes and prints every scenario. No timings are asserted.
/// </summary>
public sealed class BenchmarkQuickTests
{
    private static readonly string[] Scenarios =
    {
        "chatroom details (piped ids)",
        "list chatrooms",
        "list chatrooms -Detailed",
        "remove chatrooms (piped)",
        "chatroom members",
        "global mutes (page 50)",
        "Import-Module (median)",
        "stream chatrooms (memory)",
        "client page parse",
        "add members (CSV rows, 100 rooms)",
        "sync members (5,000-member room)",
        "mute users of one room",
        "create chatrooms, 15% faults",
        "user status (piped)",
        "new users (piped)",
        "list users (memory)",
        "user attributes (piped)",
        "set profiles (CSV rows)",
        "send to listed chatrooms",
        "send to piped users",
        "export history (72 hours)",
        "read history (memory)",
        "group members (page numbers, roles)",
        "add group members (CSV rows, 100 groups)",
        "sync group members (100 groups, -ThrottleLimit 16)",
    };

    [Fact]
    public void QuickModeRunsEveryScenario()
    {
        var run = DotnetProcess.RunProgram("Easemob.PowerShell.Benchmarks", TimeSpan.FromMinutes(3), "--quick");

        Assert.True(run.ExitCode == 0, "Harness exited with " + run.ExitCode + ":\n" + run.Output);
        var tableRows = run.Output.Split('\n').Where(line => line.Contains(" | ", StringComparison.Ordinal)).ToList();
        foreach (var scenario in Scenarios)
        {
            Assert.True(tableRows.Any(row => row.StartsWith(scenario + " ", StringComparison.Ordinal)),
                "Scenario '" + scenario + "' missing from the table:\n" + run.Output);
        }
    }
}
