namespace Easemob.PowerShell.Client.Tests.Support;

/// <summary>What the fake handler saw of one request, as HttpClient actually sent it.</summary>
internal sealed class RecordedRequest
{
    public required string Method { get; init; }
    public required Uri Uri { get; init; }
    public string? Authorization { get; init; }
    public string? Accept { get; init; }
    public string? ContentType { get; init; }
    public string? Body { get; init; }
    public TimeSpan StartedAt { get; init; }

    public bool IsTokenRequest => Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Uri.AbsoluteUri}";
}
