using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using Easemob.PowerShell.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// Hands out HttpClients from a private IHttpClientFactory: pooled connections, and handlers rotated every
/// two minutes (the factory default) so DNS changes are picked up. A client is taken per attempt because a
/// long-lived HttpClient would pin one handler forever and defeat the rotation; taking one is cheap.
/// </summary>
internal sealed class HttpClientSource : IDisposable
{
    private const string ClientName = "Easemob";

    private readonly ServiceProvider _services;
    private readonly IHttpClientFactory _factory;

    public HttpClientSource(HttpMessageHandler? primaryHandler)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan) // attempts time out in ApiRequestSender
            .ConfigurePrimaryHttpMessageHandler(() => primaryHandler is null ? CreateNetworkHandler() : new NonDisposingHandler(primaryHandler))
            .RemoveAllLoggers(); // no logging pipeline: nothing should see URLs or headers besides the trace
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IHttpClientFactory>();
    }

    public HttpClient CreateClient() => _factory.CreateClient(ClientName);

    public void Dispose() => _services.Dispose();

    private static HttpClientHandler CreateNetworkHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        UseCookies = false,
        // .NET Framework (Windows PowerShell) allows only 2 connections per host by default, far too few for
        // concurrent bulk jobs; .NET's default is unlimited. As many as a cmdlet keeps in flight by default: the
        // fastest family's documented calls per second (more could not start within the second anyway).
        MaxConnectionsPerServer = MostCallsPerSecond,
    };

    private static readonly int MostCallsPerSecond = Enum.GetValues(typeof(EmApiFamily)).Cast<EmApiFamily>()
        .Where(family => family != EmApiFamily.Token).Max(EmApiLimits.DocumentedCallsPerSecond);
}
