using System;
using System.Linq;
using Easemob.PowerShell.Emulator.Api.Endpoints;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>
    /// The emulated service without a transport: one request in, one answer out. Runs, in order: app and route
    /// resolution, the rate limit, fault injection, authentication, the handler, and faults after a write.
    /// </summary>
    internal sealed class EmulatorApi
    {
        private readonly AppIdentity app;
        private readonly AppTokenCheck appTokens;
        private readonly UserTokenEndpoint userTokens;
        private readonly IEmulatorClock clock;
        private readonly SlidingWindowRateLimiter? rateLimiter;
        private readonly bool sendRetryAfter;
        private readonly FaultInjector? faults;
        private readonly RouteTable routes;

        /// <summary>Validates the options (<see cref="ArgumentException"/>) and sets up the app with its users.</summary>
        public EmulatorApi(EmulatorOptions options)
        {
            Options = options.Resolve();
            app = new AppIdentity(Options.OrgName, Options.AppName);
            clock = Options.Clock;
            Store = new EmulatorStore(app.Key, clock);
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

            rateLimiter = Options.EnforceRateLimit ? new SlidingWindowRateLimiter(Options.RateLimitScale) : null;
            sendRetryAfter = Options.SendRetryAfter;
            faults = Options.FaultRate > 0 ? new FaultInjector(Options.FaultRate, Options.Seed) : null;

            var agora = Options.AgoraAppId == null ? null : new AgoraApp(Options.AgoraAppId, Options.AppCertificate!, clock);
            var tokens = new TokenRegistry(clock);
            appTokens = new AppTokenCheck(tokens, agora, clock);
            userTokens = new UserTokenEndpoint(Store, appTokens, agora, Options.ClientId!, Options.ClientSecret!, app, clock);

            // One line per family: each endpoint class declares its own routes.
            var endpoints = new IEndpoints[]
            {
                new TokenEndpoint(tokens, userTokens, Options.ClientId!, Options.ClientSecret!, Options.TokenTtl),
                new ChatroomEndpoints(Store, Options.MaxChatrooms, Options.AllowChosenChatroomIds),
                new ChatroomModerationEndpoints(Store),
                new ChatroomContentEndpoints(Store),
                new GlobalMuteEndpoints(Store),
                new UserEndpoints(Store),
                new UserModerationEndpoints(Store),
                new MessageEndpoints(Store, Options),
                new MessageChangeEndpoints(Store, Options),
                new HistoryEndpoints(Store, app, Options),
                new BroadcastEndpoints(Store, Options),
                new UserProfileEndpoints(Store),
                new UserRelationEndpoints(Store),
                new GroupEndpoints(Store.Groups, app.Key),
            };
            routes = new RouteTable(endpoints.SelectMany(e => e.Routes));
        }

        /// <summary>The resolved options: validated, with generated credentials filled in. Not to be changed.</summary>
        public EmulatorOptions Options { get; }

        public EmulatorStore Store { get; }

        public void RevokeTokens()
        {
            appTokens.RevokeAll();
            userTokens.RevokeAll();
        }

        /// <summary>The user a client SDK login with <paramref name="userToken"/> would sign in, or null.</summary>
        public string? AuthenticateUser(string userToken) => userTokens.Authenticate(userToken);

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
            if (family.HasValue && rateLimiter != null && !rateLimiter.TryAcquire(family.Value, out var retryAfter))
            {
                return JsonOutput.Error(ApiError.ReachLimit(), clock) with
                {
                    Family = family,
                    RetryAfterSeconds = sendRetryAfter ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : (int?)null,
                };
            }

            // Every other request draws, so a fixed seed faults the same requests of a fixed sequence.
            var fault = faults?.Next(request.IsWrite) ?? EmulatorFault.None;
            if (fault != EmulatorFault.None && !FaultInjector.IsAfterApply(fault))
            {
                return FaultAnswer(fault) with { Family = family };
            }

            var answer = error != null ? JsonOutput.Error(error, clock) : Execute(route!, context!);
            // An after-apply fault replaces the answer of a request that has taken effect.
            return (fault == EmulatorFault.None ? answer : FaultAnswer(fault)) with { Family = family };
        }

        private EmulatorHttpResponse FaultAnswer(EmulatorFault fault)
        {
            switch (fault)
            {
                case EmulatorFault.ServiceUnavailable:
                    return JsonOutput.Error(ApiError.ServiceUnavailable(), clock) with { Fault = fault };
                case EmulatorFault.ServerErrorBeforeApply:
                case EmulatorFault.ServerErrorAfterApply:
                    return JsonOutput.Error(ApiError.InternalServerError(), clock) with { Fault = fault };
                default:
                    return EmulatorHttpResponse.Dropped(fault);
            }
        }

        /// <summary>Checks the token and runs the handler, turning what it refuses into the service's error answer.</summary>
        private EmulatorHttpResponse Execute(Route route, RequestContext context)
        {
            if (route.RequiresToken && !appTokens.Accepts(context.Request.Authorization))
            {
                return JsonOutput.Error(ApiError.Unauthorized(), clock);
            }

            try
            {
                return route.Handler(context);
            }
            catch (EmulatorApiException refused)
            {
                return JsonOutput.Error(refused.Error, clock);
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
            if (!app.Matches(decoded[0], decoded[1]))
            {
                return (null, null, ApiError.OrganizationApplicationNotFound(decoded[0], decoded[1], string.Join("/", decoded)));
            }

            var below = decoded.Skip(2).ToList();
            var route = routes.Find(request.Method, below, out var otherMethod);
            if (route == null)
            {
                return (null, null, otherMethod ? ApiError.MethodNotAllowed(request.Method) : ApiError.ServiceResourceNotFound());
            }

            var rawBelow = raw.Skip(2).ToList();
            return (route, new RequestContext(request, app, clock, "/" + string.Join("/", rawBelow), route.Variables(rawBelow, below)), null);
        }
    }
}
