using System;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// A connection to one Easemob app. It holds the API client (and through it the token), but shows
/// only what identifies the app: the token and the client secret are never exposed, not even by ToString.
/// </summary>
public sealed class EmSession : IDisposable
{
    internal EmSession(EasemobClient client)
    {
        Client = client;
    }

    internal EasemobClient Client { get; }

    public Uri BaseUri => Client.BaseUri;
    public string OrgName => Client.OrgName;
    public string AppName => Client.AppName;
    public string AppKey => OrgName + "#" + AppName;
    public EmAuthMode AuthMode => Client.AuthMode;
    public DateTimeOffset? TokenExpiresOn => Client.TokenExpiresOn;

    public override string ToString() => AppKey + " at " + BaseUri;

    /// <summary>True once Disconnect-EmApp closed this session; cmdlets then refuse it with Easemob.SessionClosed.</summary>
    internal bool IsClosed { get; private set; }

    public void Dispose()
    {
        IsClosed = true;
        Client.Dispose();
    }
}
