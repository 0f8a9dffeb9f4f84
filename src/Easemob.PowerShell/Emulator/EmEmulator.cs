using System;
using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell;

/// <summary>
/// A running embedded emulator, as Start-EmEmulator returns it. Its Credential holds the generated
/// client id and secret; the secret is never shown.
/// </summary>
public sealed class EmEmulator : IDisposable
{
    private readonly EasemobEmulator _server;

    internal EmEmulator(EasemobEmulator server)
    {
        _server = server;
        Credential = new PSCredential(server.ClientId, SecureStrings.From(server.ClientSecret));
    }

    public Uri BaseUri => _server.BaseUri;
    public int Port => _server.Port;
    public string OrgName => _server.OrgName;
    public string AppName => _server.AppName;
    public string AppKey => OrgName + "#" + AppName;
    public PSCredential Credential { get; }
    public bool IsRunning => _server.IsRunning;

    /// <summary>The state file loaded at start and saved on stop, or null.</summary>
    public string? StatePath => _server.StatePath;

    /// <summary>The emulator's in-memory state: seed users, chatrooms and mutes directly, or inspect them.</summary>
    public EmulatorStore Store => _server.Store;

    /// <summary>Every request the emulator has answered, in arrival order.</summary>
    public IReadOnlyList<EmulatorRequest> Requests => _server.Requests;

    public void ClearRequests() => _server.ClearRequests();

    /// <summary>Invalidates every issued token, as a server may do before expiry.</summary>
    public void RevokeTokens() => _server.RevokeTokens();

    /// <summary>The user a client SDK login with this user token would sign in, or null when it would be refused.</summary>
    public string? AuthenticateUser(string userToken) => _server.AuthenticateUser(userToken);

    /// <summary>Saves the app's state to <paramref name="path"/>, or to <see cref="StatePath"/> when null.</summary>
    public void SaveState(string? path = null) => _server.SaveState(path);

    /// <summary>Stops serving, then saves the state file if there is one.</summary>
    public void Stop() => _server.Stop();

    public void Dispose() => _server.Dispose();

    public override string ToString() => "Easemob emulator " + AppKey + " at " + BaseUri;
}
