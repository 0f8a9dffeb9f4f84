using System.Diagnostics;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

[Collection(TimingSensitiveCollection.Name)]
public sealed class LatencyTests
{
    [Fact]
    public async Task Latency_delays_each_request_without_blocking_the_others()
    {
        var latency = TimeSpan.FromMilliseconds(300);
        using var client = new EmulatorClient(new EmulatorOptions { Latency = latency });
        await client.AuthenticateAsync();

        var one = Stopwatch.StartNew();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
        one.Stop();
        client.Emulator.ClearRequests();
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("chatrooms")));

        Assert.True(one.Elapsed >= latency, $"one request took {one.Elapsed}");
        Assert.All(answers, a => a.ShouldSucceed());
        // Twenty requests sent in parallel are served in parallel: the last arrived before the first was answered.
        var served = client.Emulator.Requests;
        Assert.Equal(20, served.Count);
        Assert.True(served.Max(r => r.Time) < served.Min(r => r.Time + r.Duration), "the requests were served one after another");
        Assert.All(client.Emulator.Requests, r => Assert.True(r.Duration >= latency, r.Duration.ToString()));
        Assert.True(answers[0].Json.GetProperty("duration").GetInt64() >= 300);
    }
}
