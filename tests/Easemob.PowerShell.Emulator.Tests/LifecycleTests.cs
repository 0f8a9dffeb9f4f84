using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class LifecycleTests
{
    public static TheoryData<Action<EmulatorOptions>> InvalidOptions => new()
    {
        o => o.Port = -1,
        o => o.Port = 70000,
        o => o.OrgName = "a/b",
        o => o.AppName = "",
        o => o.ClientId = "",
        o => o.ClientSecret = "",
        o => o.TokenTtl = TimeSpan.FromSeconds(-1),
        o => o.Latency = TimeSpan.FromSeconds(-1),
        o => o.RateLimitScale = 0,
        o => o.RateLimitScale = double.NaN,
        o => o.FaultRate = 1.5,
        o => o.FaultRate = -0.1,
        o => o.MaxChatrooms = -1,
        o => o.Users.Add("bad name"),
        o => { o.Users.Add("dup"); o.Users.Add("DUP"); },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Start_rejects_invalid_options(Action<EmulatorOptions> spoil)
    {
        var options = new EmulatorOptions();
        spoil(options);

        Assert.ThrowsAny<ArgumentException>(() => EasemobEmulator.Start(options));
    }

    [Fact]
    public void Start_rejects_null_options() => Assert.Throws<ArgumentNullException>(() => EasemobEmulator.Start(null!));

    [Fact]
    public async Task Several_emulators_run_at_once_on_free_loopback_ports()
    {
        using var first = EmulatorClient.WithUsers("u1");
        using var second = new EmulatorClient(new EmulatorOptions { OrgName = "org2", AppName = "app2" });
        first.Store.AddChatroom("only-in-first", "u1");

        Assert.NotEqual(first.Emulator.Port, second.Emulator.Port);
        Assert.Equal(new Uri($"http://127.0.0.1:{first.Emulator.Port}/"), first.Emulator.BaseUri);
        Assert.True(first.Emulator.IsRunning);
        Assert.Equal("only-in-first", (await first.GetAsync("chatrooms")).ShouldSucceed().Data.GetProperty("name").GetString());
        Assert.Equal(0, (await second.GetAsync("chatrooms")).ShouldSucceed().Data.GetArrayLength());
        Assert.Equal("org2", (await second.GetAsync("chatrooms")).Json.GetProperty("organization").GetString());
    }

    [Fact]
    public async Task A_given_port_is_used_and_Stop_releases_it_idempotently()
    {
        var port = FreePort();
        var client = new EmulatorClient(new EmulatorOptions { Port = port });
        await client.AuthenticateAsync();
        Assert.Equal(port, client.Emulator.Port);
        Assert.Equal(port, client.Emulator.Options.Port);

        client.Emulator.Stop();
        client.Emulator.Stop();
        client.Dispose();

        Assert.False(client.Emulator.IsRunning);
        var probe = new TcpListener(IPAddress.Loopback, port);
        probe.Start();
        probe.Stop();
        using var again = new EmulatorClient(new EmulatorOptions { Port = port });
        (await again.GetAsync("chatrooms")).ShouldSucceed();
    }

    [Fact]
    public async Task Stop_ends_requests_in_flight()
    {
        using var client = new EmulatorClient(new EmulatorOptions { Latency = TimeSpan.FromSeconds(20), TokenTtl = TimeSpan.Zero });
        var watch = Stopwatch.StartNew();
        var pending = client.SendRawAsync(HttpMethod.Get, "chatrooms", authenticate: false);
        await Task.Delay(300);

        client.Emulator.Stop();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => pending);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.SendRawAsync(HttpMethod.Get, "chatrooms", authenticate: false));
    }

    [Fact]
    public async Task Connections_are_kept_alive()
    {
        var connections = 0;
        using var emulator = EasemobEmulator.Start(new EmulatorOptions());
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var http = new HttpClient(handler);

        for (var i = 0; i < 5; i++)
        {
            using var response = await http.GetAsync(new Uri(emulator.BaseUri, "demo-org/demo-app/chatrooms"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(1, connections);
    }

    [Fact]
    public void Options_is_a_copy_with_the_effective_values()
    {
        var given = new EmulatorOptions { Users = { "Seeded" } };
        using var emulator = EasemobEmulator.Start(given);

        var options = emulator.Options;
        options.OrgName = "changed";
        given.Users.Add("later");

        Assert.Null(given.ClientId);
        Assert.Equal(emulator.ClientId, options.ClientId);
        Assert.Equal(emulator.ClientSecret, options.ClientSecret);
        Assert.Equal(emulator.Port, options.Port);
        Assert.Equal("demo-org", emulator.OrgName);
        Assert.Equal("demo-org", emulator.Options.OrgName);
        Assert.Equal(new[] { "seeded" }, emulator.Store.Users);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
