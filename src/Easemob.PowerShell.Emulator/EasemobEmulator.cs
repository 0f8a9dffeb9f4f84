using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Emulator.Hosting;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// A local stand-in for the Easemob IM REST service: real HTTP on 127.0.0.1, an in-memory app with the
/// documented calls, errors and limits, plus optional latency, rate limiting and fault injection.
/// Several can run at once, each on its own port.
/// </summary>
public sealed class EasemobEmulator : IDisposable
{
    private readonly EmulatorApi _api;
    private readonly RequestLog _log;
    private readonly SocketHttpHost _host;
    private int _stopped;

    private EasemobEmulator(EmulatorApi api, RequestLog log, SocketHttpHost host)
    {
        _api = api;
        _log = log;
        _host = host;
    }

    /// <summary>The server root, "http://127.0.0.1:{port}/"; the API root is BaseUri + "{org}/{app}/".</summary>
    public Uri BaseUri => _host.BaseUri;

    public int Port => _host.Port;

    public string OrgName => _api.Options.OrgName;

    public string AppName => _api.Options.AppName;

    public string ClientId => _api.Options.ClientId!;

    public string ClientSecret => _api.Options.ClientSecret!;

    /// <summary>A copy of the options in effect: the credentials (given, saved or generated) and the bound port filled in.</summary>
    public EmulatorOptions Options
    {
        get
        {
            var options = _api.Options.Copy();
            options.Port = Port;
            return options;
        }
    }

    public bool IsRunning => _host.IsRunning;

    /// <summary>The full path of the state file loaded at start and saved on stop, or null.</summary>
    public string? StatePath => _api.Options.StatePath;

    /// <summary>The in-memory app data, for seeding and inspecting state directly.</summary>
    public EmulatorStore Store => _api.Store;

    /// <summary>
    /// A snapshot of the answered requests among the <see cref="EmulatorOptions.RequestLogCapacity"/> most
    /// recent, in arrival order. Cheap to read: it shares the log's storage instead of copying it.
    /// </summary>
    public IReadOnlyList<EmulatorRequest> Requests => _log.Snapshot();

    /// <summary>Validates the options (<see cref="ArgumentException"/>), binds 127.0.0.1 and starts serving.</summary>
    public static EasemobEmulator Start(EmulatorOptions options)
    {
        if (options == null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var api = new EmulatorApi(options);
        var log = new RequestLog(api.Options.RequestLogCapacity, api.Options.Clock);
        return new EasemobEmulator(api, log, SocketHttpHost.Start(api, log));
    }

    public void ClearRequests() => _log.Clear();

    /// <summary>Invalidates every token issued so far: the next call with one is answered 401.</summary>
    public void RevokeTokens() => _api.RevokeTokens();

    /// <summary>
    /// The user a client SDK login with <paramref name="userToken"/> would sign in (a user token issued here, a
    /// dynamic "dt-" token, or an Agora chat user token), or null when the login would be refused.
    /// </summary>
    public string? AuthenticateUser(string userToken) => _api.AuthenticateUser(userToken ?? throw new ArgumentNullException(nameof(userToken)));

    /// <summary>
    /// Writes the app's users, chatrooms and global mutes to <paramref name="path"/> (null: the
    /// <see cref="StatePath"/>) atomically; an <see cref="EmulatorStateFileException"/> says why it could not.
    /// </summary>
    public void SaveState(string? path = null)
    {
        var target = path ?? StatePath ?? throw new InvalidOperationException("The emulator has no state file: give a path.");
        _api.SaveState(Path.GetFullPath(target));
    }

    /// <summary>
    /// Stops serving (requests in flight end and the port is released), then saves the state file if there is
    /// one. Idempotent: only the first call saves.
    /// </summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _host.Stop();
        if (StatePath != null)
        {
            _api.SaveState(StatePath);
        }
    }

    /// <summary>Stops the emulator; unlike <see cref="Stop"/>, never throws when the state file cannot be saved.</summary>
    public void Dispose()
    {
        try
        {
            Stop();
        }
        catch (EmulatorStateFileException)
        {
            // Dispose runs where nobody can be told (a closing runspace, a using block unwinding);
            // Stop-EmEmulator and Save-EmEmulatorState report a failed save.
        }
    }
}
