using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class FaultInjectionTests
{
    private static EmulatorClient Faulty(int seed, double rate) =>
        new(new EmulatorOptions { FaultRate = rate, Seed = seed, Users = { "u1" } });

    /// <summary>Fetches a token, trying again while faults get in the way.</summary>
    private static async Task AuthenticateThroughFaultsAsync(EmulatorClient client)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                await client.AuthenticateAsync();
                return;
            }
            catch (Exception e) when (e is HttpRequestException || e is Xunit.Sdk.XunitException)
            {
                // Faulted: try again.
            }
        }

        Assert.Fail("no token after 50 attempts");
    }

    /// <summary>Sends a request; null when the connection was dropped.</summary>
    private static async Task<ApiAnswer?> TryAsync(Func<Task<ApiAnswer>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<EmulatorFault[]> ReadFaultsAsync(int seed)
    {
        using var client = Faulty(seed, 0.5);
        await AuthenticateThroughFaultsAsync(client);
        for (var i = 0; i < 30; i++)
        {
            await TryAsync(() => client.GetAsync("chatrooms"));
        }

        return client.Emulator.Requests.Select(r => r.Fault).ToArray();
    }

    [Fact]
    public async Task A_fixed_seed_gives_the_same_fault_sequence()
    {
        var first = await ReadFaultsAsync(seed: 7);
        var second = await ReadFaultsAsync(seed: 7);
        var other = await ReadFaultsAsync(seed: 8);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Contains(EmulatorFault.None, first);
        Assert.Contains(EmulatorFault.ServerErrorBeforeApply, first);
        Assert.Contains(EmulatorFault.ServiceUnavailable, first);
        Assert.Contains(EmulatorFault.DropBeforeApply, first);
        // Reads never fail after applying: there is nothing to apply.
        Assert.DoesNotContain(first.Skip(first.Length - 30), f => f == EmulatorFault.ServerErrorAfterApply || f == EmulatorFault.DropAfterApply);
    }

    [Fact]
    public async Task Faults_answer_500_503_or_drop_and_after_apply_faults_really_applied_the_write()
    {
        using var client = Faulty(seed: 3, rate: 0.6);
        await AuthenticateThroughFaultsAsync(client);
        client.Emulator.ClearRequests();

        var answers = new List<ApiAnswer?>();
        for (var i = 0; i < 40; i++)
        {
            answers.Add(await TryAsync(() => client.PostAsync("chatrooms", new { name = $"r{i}", owner = "u1" })));
        }

        var log = client.Emulator.Requests;
        Assert.Equal(40, log.Count);
        var names = client.Store.Chatrooms.Select(c => c.Name).ToHashSet();
        for (var i = 0; i < 40; i++)
        {
            var (fault, answer) = (log[i].Fault, answers[i]);
            var applied = fault is EmulatorFault.None or EmulatorFault.ServerErrorAfterApply or EmulatorFault.DropAfterApply;
            Assert.True(applied == names.Contains($"r{i}"), $"request {i}: {fault}");
            switch (fault)
            {
                case EmulatorFault.None:
                    answer!.ShouldSucceed();
                    break;
                case EmulatorFault.ServerErrorBeforeApply or EmulatorFault.ServerErrorAfterApply:
                    answer!.ShouldFail(500, "internal_server_error", "Internal Server Error");
                    break;
                case EmulatorFault.ServiceUnavailable:
                    answer!.ShouldFail(503, "service_unavailable", "Service Unavailable");
                    break;
                default:
                    Assert.Null(answer);
                    Assert.Equal(0, log[i].Status);
                    break;
            }
        }

        Assert.Contains(log, r => r.Fault == EmulatorFault.ServerErrorAfterApply);
        Assert.Contains(log, r => r.Fault == EmulatorFault.DropAfterApply);
        Assert.Contains(log, r => r.Fault == EmulatorFault.None);
    }

    [Fact]
    public async Task Fault_rate_1_faults_every_request_including_the_token_call()
    {
        using var client = Faulty(seed: 1, rate: 1.0);

        for (var i = 0; i < 10; i++)
        {
            var answer = await TryAsync(() => client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = client.Emulator.ClientId, client_secret = client.Emulator.ClientSecret }));
            Assert.NotEqual(200, answer?.Status);
        }

        Assert.All(client.Emulator.Requests, r => Assert.NotEqual(EmulatorFault.None, r.Fault));
    }
}
