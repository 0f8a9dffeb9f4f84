using System.Diagnostics;
using System.Management.Automation;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Reliability;

[Collection(nameof(TimingSensitive))]
public class ReliabilityTests
{
    [Fact]
    public void A_faulty_rate_limited_server_ends_in_exactly_the_intended_state_and_every_failure_is_accounted_for()
    {
        using var host = new EmulatorHost("-User u1,u2 -FaultRate 0.1 -Seed 20261123 -EnforceRateLimit");
        var names = Enumerable.Range(1, 300).Select(i => "room-" + i).ToArray();

        // Create from piped objects. A POST is retried only where the server surely did not act, so a
        // create can fail although the server made it (a 500 or a drop after applying): never a duplicate.
        var create = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Name = $_; Owner = 'u1'; Members = 'u2' } } | New-EmChatroom", (object)names);
        var created = create.Objects<EmChatroom>();
        var failedNames = create.Errors.Select(e => (string)e.TargetObject).ToList();
        Assert.Equal(names.Length, created.Count + failedNames.Count);
        Assert.Equal(names.Where(n => !failedNames.Contains(n)), created.Select(c => c.Name));
        var stored = host.Store.Chatrooms;
        Assert.Equal(stored.Count, stored.Select(c => c.Name).Distinct().Count());
        Assert.All(created, c => Assert.Equal(c.Name, host.Store.FindChatroom(c.Id)!.Name));
        var appliedThoughFailed = stored.Count(c => failedNames.Contains(c.Name));
        var afterApplyFaultsOnCreate = host.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/chatrooms")
            && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));
        Assert.InRange(appliedThoughFailed, 0, afterApplyFaultsOnCreate);
        Assert.All(create.Errors, e => Assert.Matches("^Easemob\\.(internal_server_error|connection_failed|timeout|service_unavailable|reach_limit),", e.FullyQualifiedErrorId));

        // Modify, transfer and delete are idempotent: retried through every fault, they all succeed.
        host.Run("Get-EmChatroom | Set-EmChatroom -Name { $_.Name + '-renamed' }").ThrowIfErrors();
        Assert.All(host.Store.Chatrooms, c => Assert.EndsWith("-renamed", c.Name));
        host.Run("Get-EmChatroom | Set-EmChatroomOwner -NewOwner u2").ThrowIfErrors();
        Assert.All(host.Store.Chatrooms, c => Assert.Equal("u2", c.Owner));
        host.Run("Get-EmChatroom | Remove-EmChatroom -Force").ThrowIfErrors();
        Assert.Empty(host.Store.Chatrooms);

        Assert.Contains(host.Requests, r => r.Fault != EmulatorFault.None);
    }

    [Fact]
    public void A_job_longer_than_the_token_lifetime_loses_no_item_and_fetches_about_one_token_per_lifetime()
    {
        using var host = new EmulatorHost("-User u1 -TokenTtl 00:00:02 -EnforceRateLimit");
        var ids = Enumerable.Range(0, 500).Select(i => host.Store.AddChatroom("r" + i, "u1")).ToArray();
        host.ClearRequests();

        var watch = Stopwatch.StartNew();
        host.Run("$args[0] | Remove-EmChatroom -Force", (object)ids).ThrowIfErrors();
        watch.Stop();

        Assert.Empty(host.Store.Chatrooms);
        var fetches = host.Requests.Count(r => r.Path.EndsWith("/token"));
        var lifetimes = watch.Elapsed.TotalSeconds / 2;
        Assert.InRange(fetches, 1, (int)Math.Ceiling(lifetimes * 2) + 1);
        // Refreshed ahead of expiry; only requests already in flight at the edge (at most the default -ThrottleLimit,
        // the family's rate) may meet a 401 (each renewed and retried once), never one per call.
        Assert.True(host.Requests.Count(r => r.Status == 401) <= fetches * EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.ChatroomItem));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-RetryAfter")]
    public void Server_429s_are_waited_out_with_or_without_Retry_After(string retryAfter)
    {
        // The client's own governor is off, so the server's limit (10/s here) is met head-on.
        using var host = new EmulatorHost("-User u1 -EnforceRateLimit -RateLimitScale 0.1 " + retryAfter, "-NoRateLimit -MaxRetry 10");
        var ids = Enumerable.Range(0, 30).Select(i => host.Store.AddChatroom("r" + i, "u1")).ToArray();

        host.Run("$args[0] | Remove-EmChatroom -Force -ThrottleLimit 16", (object)ids).ThrowIfErrors();

        Assert.Empty(host.Store.Chatrooms);
        Assert.Contains(host.Requests, r => r.Status == 429 && r.ErrorCode == "reach_limit");
    }

    [Fact]
    public void The_rate_governor_keeps_a_bulk_job_under_the_enforced_limit()
    {
        using var host = new EmulatorHost("-User u1 -EnforceRateLimit");
        var ids = Enumerable.Range(0, 1000).Select(i => host.Store.AddChatroom("r" + i, "u1")).ToArray();
        host.ClearRequests();

        var result = host.Run("$args[0] | Remove-EmChatroom -Force -PassThru", (object)ids).ThrowIfErrors();

        Assert.Equal(ids, result.Objects<EmChatroom>().Select(c => c.Id));
        var deletes = host.Requests.Where(r => r.Method == "DELETE").ToList();
        var throttled = deletes.Count(r => r.Status == 429);
        Assert.True(throttled <= deletes.Count / 100, $"{throttled} of {deletes.Count} requests were throttled");
        // A ten-second job reports progress.
        Assert.Contains(result.Progress, p => p.Activity == "Remove-EmChatroom");
    }

    [Fact]
    public void Bulk_requests_run_concurrently_and_results_come_out_in_input_order()
    {
        using var host = new EmulatorHost("-User u1 -Latency 00:00:00.050");
        var names = Enumerable.Range(0, 40).Select(i => "ordered-" + i).ToArray();
        host.ClearRequests();

        var created = host.Run("$args[0] | ForEach-Object { [pscustomobject]@{ Name = $_; Owner = 'u1' } } | New-EmChatroom -ThrottleLimit 8", (object)names).ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(names, created.Select(c => c.Name));
        var posts = host.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/chatrooms")).OrderBy(r => r.Time).ToList();
        var overlapping = posts.Zip(posts.Skip(1), (a, b) => b.Time < a.Time + a.Duration).Count(o => o);
        Assert.True(overlapping > posts.Count / 2, $"only {overlapping} of {posts.Count} requests overlapped the previous one");
    }

    [Fact]
    public void Stopping_a_listing_cancels_the_request_in_flight()
    {
        // Every request takes 20 s: only cancellation lets Stop return promptly.
        using var host = new EmulatorHost("-User u1 -Latency 00:00:20", "-RequestTimeout 00:01:00");
        host.Store.AddChatroom("r", "u1");
        var (shell, handle, _) = host.Ps.Begin("Get-EmChatroom");
        Thread.Sleep(300);

        var watch = Stopwatch.StartNew();
        shell.Stop();
        watch.Stop();

        Assert.True(handle.IsCompleted);
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "Stop took " + watch.Elapsed);
        shell.Dispose();
    }
}
