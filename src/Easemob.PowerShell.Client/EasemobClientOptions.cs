using System;
using System.Net.Http;
using System.Security;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// How to reach one Easemob app. Read once by <see cref="EasemobClient"/>'s constructor, which validates
/// and copies it: later changes to this object do not affect an existing client.
/// </summary>
public sealed class EasemobClientOptions
{
    /// <summary>The app's REST host, e.g. https://a1.easemob.com/. Required.</summary>
    public Uri BaseUri { get; set; } = null!;

    public string OrgName { get; set; } = string.Empty;

    public string AppName { get; set; } = string.Empty;

    /// <summary>Client-credentials mode: the app's client id (with <see cref="ClientSecret"/>).</summary>
    public string? ClientId { get; set; }

    public SecureString? ClientSecret { get; set; }

    /// <summary>Pre-issued-token mode: an app token that the client cannot refresh.</summary>
    public SecureString? Token { get; set; }

    /// <summary>Agora Chat mode: the app id (32 hex digits), with <see cref="AppCertificate"/>; app tokens are built locally.</summary>
    public string? AgoraAppId { get; set; }

    /// <summary>Agora Chat mode: the app certificate (32 hex digits).</summary>
    public SecureString? AppCertificate { get; set; }

    /// <summary>Agora Chat mode: how long each locally built app token is valid (renewed before it expires).</summary>
    public TimeSpan AgoraTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Time allowed for one attempt (sending and reading the answer), not for the whole call with its retries.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a failed attempt may be retried (0 = never).</summary>
    public int MaxRetry { get; set; } = 5;

    /// <summary>
    /// Multiplies <see cref="Model.EmApiLimits.DocumentedCallsPerSecond"/> to get the rate the client stays under;
    /// null turns the rate governor off.
    /// </summary>
    public double? RateLimitScale { get; set; } = 1.0;

    /// <summary>Replaces the real network handler (tests). The caller keeps ownership: the client never disposes it.</summary>
    public HttpMessageHandler? PrimaryHandler { get; set; }
}
