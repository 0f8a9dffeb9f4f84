using System;
using System.Linq;
using Easemob.PowerShell.Emulator.Api.Endpoints;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// The emulated service without a transport: one request in, one answer out. Runs, in order: app and route
/// resolution, the rate limit, fault injection, authentication, the handler, and faults after a write.
/// </summary>
internal sealed class EmulatorApi
{
    private readonly AppIdentity _app;
    private readonly AppTokenCheck _appTokens;
    private readonly UserTokenEndpoint _userTokens;
    private readonly IEmulatorClock _clock;
    private readonly SlidingWindowRateLimiter? _rateLimiter;
    private readonly bool _sendRetryAfter;
    private readonly FaultInjector? _faults;
    private readonly RouteTable _routes;

    /// <summary>Validates the options (<see cref="ArgumentException"/>) and sets up the app with its users.</summary>
    public EmulatorApi(EmulatorOptions options)
    {
        Options = options.Resolve();
        _app = new AppIdentity(Options.OrgName, Options.AppName);
        _clock = Options.Clock;
        Store = new EmulatorStore(_app.Key, _clock);
        var saved = Options.StatePath == null ? null : StateFile.Read(Options.StatePath);
        if (saved != null)
        {
            Store.LoadState(saved, Options.StatePath!);
        }

        Options.FillCredentials(saved?.ClientId, saved?.ClientSecret);

        // Seed users the state file already holds are kept as the file has them.
        foreach (var user in Options.Users.Where(u => !Store.UserExists(u)))
        {
            Store.AddUser(user);
        }

        _rateLimiter = Options.EnforceRateLimit ? new SlidingWindowRateLimiter(Options.RateLimitScale) : null;
        _sendRetryAfter = Options.SendRetryAfter;
        _faults = Options.FaultRate > 0 ? new FaultInjector(Options.FaultRate, Options.Seed) : null;

        var agora = Options.AgoraAppId == null ? null : new AgoraApp(Options.AgoraAppId, Options.AppCertificate!, _clock);
        var tokens = new TokenRegistry(_clock);
        _appTokens = new AppTokenCheck(tokens, agora, _clock);
        _userTokens = new UserTokenEndpoint(Store, _appTokens, agora, Options.ClientId!, Options.ClientSecret!, _app, _clock);

        // One line per family: each endpoint class declares its own routes.
        var endpoints = new IEndpoints[]
        {
            new TokenEndpoint(tokens, _userTokens, Options.ClientId!, Options.ClientSecret!, Options.TokenTtl),
            new ChatroomEndpoints(Store, Options.MaxChatrooms, Options.AllowChosenChatroomIds),
            new ChatroomModerationEndpoints(Store),
            new ChatroomContentEndpoints(Store),
            new GlobalMuteEndpoints(Store),
            new UserEndpoints(Store),
            new UserModerationEndpoints(Store),
            new MessageEndpoints(Store, Options),
            new MessageChangeEndpoints(Store, Options),
            new HistoryEndpoints(Store, _app, Options),
            new BroadcastEndpoints(Store, Options),
            new UserProfileEndpoints(Store),
            new UserRelationEndpoints(Store),
            new GroupEndpoints(Store.Groups, _app.Key),
        };
        _routes = new RouteTable(endpoints.SelectMany(e => e.Routes));
    }

    /// <summary>The resolved options: validated, with generated credentials filled in. Not to be changed.</summary>
    public EmulatorOptions Options { get; }

    public EmulatorStore Store { get; }

    public void RevokeTokens()
    {
        _appTokens.RevokeAll();
        _userTokens.RevokeAll();
    }

    /// <summary>The user a client SDK login with <paramref name="userToken"/> would sign in, or null.</summary>
    public string? AuthenticateUser(string userToken) => _userTokens.Authenticate(userToken);

    /// <summary>Writes the app (its credentials and every record) to <paramref name="path"/> atomically.</summary>
    public void SaveState(string path)
    {
        var document = Store.ToStateFile();
        document.ClientId = Options.ClientId;
        document.ClientSecret = Options.ClientSecret;
        StateFile.Write(path, document);
    }

    public EmulatorHttpResponse Handle(EmulatorHttpRequest request)
    {
        var (route, context, error) = Resolve(request);
        var family = route?.Family;
        // The limit comes first: a refused request has no effect, draws no fault and does not count.
        if (family.HasValue && _rateLimiter != null && !_rateLimiter.TryAcquire(family.Value, out var retryAfter))
        {
            return JsonOutput.Error(ApiError.ReachLimit(), _clock) with
            {
                Family = family,
                RetryAfterSeconds = _sendRetryAfter ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : (int?)null,
            };
        }

        // Every other request draws, so a fixed seed faults the same requests of a fixed sequence.
        var fault = _faults?.Next(request.IsWrite) ?? EmulatorFault.None;
        if (fault != EmulatorFault.None && !FaultInjector.IsAfterApply(fault))
        {
            return FaultAnswer(fault) with { Family = family };
        }

        var answer = error != null ? JsonOutput.Error(error, _clock) : Execute(route!, context!);
        // An after-apply fault replaces the answer of a request that has taken effect.
        return (fault == EmulatorFault.None ? answer : FaultAnswer(fault)) with { Family = family };
    }

    private EmulatorHttpResponse FaultAnswer(EmulatorFault fault)
    {
        switch (fault)
        {
            case EmulatorFault.ServiceUnavailable:
                return JsonOutput.Error(ApiError.ServiceUnavailable(), _clock) with { Fault = fault };
            case EmulatorFault.ServerErrorBeforeApply:
            case EmulatorFault.ServerErrorAfterApply:
                return JsonOutput.Error(ApiError.InternalServerError(), _clock) with { Fault = fault };
            default:
                return EmulatorHttpResponse.Dropped(fault);
        }
    }

    /// <summary>Checks the token and runs the handler, turning what it refuses into the service's error answer.</summary>
    private EmulatorHttpResponse Execute(Route route, RequestContext context)
    {
        if (route.RequiresToken && !_appTokens.Accepts(context.Request.Authorization))
        {
            return JsonOutput.Error(ApiError.Unauthorized(), _clock);
        }

        try
        {
            return route.Handler(context);
        }
        catch (EmulatorApiException refused)
        {
            return JsonOutput.Error(refused.Error, _clock);
        }
    }

    /// <summary>
    /// Finds the route. The raw path is split on '/' before any segment is decoded, so an escaped slash or
    /// dot stays inside its segment (an id like "a%2F..%2Fb" can never reach another route).
    /// </summary>
    private (Route? Route, RequestContext? Context, ApiError? Error) Resolve(EmulatorHttpRequest request)
    {
        var raw = request.Path.Split('/').ToList();
        // The path starts with '/', and one trailing '/' is tolerated.
        if (raw.Count < 3 || raw[0].Length != 0)
        {
            return (null, null, ApiError.ServiceResourceNotFound());
        }

        raw.RemoveAt(0);
        if (raw.Count > 2 && raw[raw.Count - 1].Length == 0)
        {
            raw.RemoveAt(raw.Count - 1);
        }

        var decoded = raw.Select(Uri.UnescapeDataString).ToList();
        if (!_app.Matches(decoded[0], decoded[1]))
        {
            return (null, null, ApiError.OrganizationApplicationNotFound(decoded[0], decoded[1], string.Join("/", decoded)));
        }

        var below = decoded.Skip(2).ToList();
        var route = _routes.Find(request.Method, below, out var otherMethod);
        if (route == null)
        {
            return (null, null, otherMethod ? ApiError.MethodNotAllowed(request.Method) : ApiError.ServiceResourceNotFound());
        }

        var rawBelow = raw.Skip(2).ToList();
        return (route, new RequestContext(request, _app, _clock, "/" + string.Join("/", rawBelow), route.Variables(rawBelow, below)), null);
    }
}
