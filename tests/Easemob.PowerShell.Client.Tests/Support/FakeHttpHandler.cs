using System.Collections.Concurrent;
using System.Diagnostics;

namespace Easemob.PowerShell.Client.Tests.Support;

/// <summary>
/// Stands in for the network: records every request (as HttpClient passed it on) and answers with the given
/// function; <see cref="ForApi"/> also answers token requests with <see cref="TestClients.IssuedToken"/>.
/// </summary>
internal sealed class FakeHttpHandler : HttpMessageHandler
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;

    public FakeHttpHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) => _respond = respond;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IReadOnlyList<RecordedRequest> ApiRequests => Requests.Where(r => !r.IsTokenRequest).ToList();

    public IReadOnlyList<RecordedRequest> TokenRequests => Requests.Where(r => r.IsTokenRequest).ToList();

    /// <summary>Answers API calls with <paramref name="api"/> and token requests with a fresh token.</summary>
    public static FakeHttpHandler ForApi(Func<RecordedRequest, HttpResponseMessage> api) =>
        new((request, _) => Task.FromResult(request.IsTokenRequest ? Responses.Token(TestClients.IssuedToken, 7200) : api(request)));

    /// <summary>Answers every API call with the same JSON (a new response each time).</summary>
    public static FakeHttpHandler ForJson(string json) => ForApi(_ => Responses.Json(json));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new RecordedRequest
        {
            Method = request.Method.Method,
            Uri = request.RequestUri!,
            Authorization = request.Headers.Authorization?.ToString(),
            Accept = request.Headers.Accept.ToString(),
            ContentType = request.Content?.Headers.ContentType?.ToString(),
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken),
            StartedAt = Clock.Elapsed,
        };
        Requests.Enqueue(recorded);
        return await _respond(recorded, cancellationToken);
    }
}
