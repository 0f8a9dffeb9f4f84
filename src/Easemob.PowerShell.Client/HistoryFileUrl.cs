using System;

namespace Easemob.PowerShell.Client;

/// <summary>Where one hour of exported history can be downloaded, and until when (the URL's Expires, when it has one).</summary>
public sealed class HistoryFileUrl
{
    internal HistoryFileUrl(Uri url, DateTimeOffset? expiresOn)
    {
        Url = url;
        ExpiresOn = expiresOn;
    }

    /// <summary>A signed URL: fetch it as is, with no Authorization header. Never print it: its signature grants access.</summary>
    public Uri Url { get; }

    public DateTimeOffset? ExpiresOn { get; }
}
