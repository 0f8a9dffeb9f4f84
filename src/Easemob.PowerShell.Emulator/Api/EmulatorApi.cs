using System;
using System.Linq;
using Easemob.PowerShell.Emulator.Api.Endpoints;
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
        private readonly TokenRegistry tokens = new TokenRegistry();
        private readonly SlidingWindowRateLimiter? rateLimiter;
        private readonly bool sendRetryAfter;
        private readonly FaultInjector? faults;
        private readonly Route[] routes;

        /// <summary>Validates the options (<see cref="ArgumentException"/>) and sets up the app with its users.</summary>
        public EmulatorApi(EmulatorOptions options)
        {
            Options = options.Resolve();
            app = new AppIdentity(Options.OrgName, Options.AppName);
            Store = new EmulatorStore(app.Key);
            if (Options.StatePath != null)
            {
                Store.LoadState(Options.StatePath);
            }

            // Seed users the state file already holds are kept as the file has them.
            foreach (var user in Options.Users.Where(u => !Store.UserExists(u)))
            {
                Store.AddUser(user);
            }

            rateLimiter = Options.EnforceRateLimit ? new SlidingWindowRateLimiter(Options.RateLimitScale) : null;
            sendRetryAfter = Options.SendRetryAfter;
            faults = Options.FaultRate > 0 ? new FaultInjector(Options.FaultRate, Options.Seed) : null;

            var token = new TokenEndpoint(tokens, Store, Options.ClientId!, Options.ClientSecret!, Options.TokenTtl);
            var chatrooms = new ChatroomEndpoints(Store, Options.MaxChatrooms, Options.AllowChosenChatroomIds);
            var users = new UserEndpoints(Store);
            var mutes = new GlobalMuteEndpoints(Store);
            var moderation = new ChatroomModerationEndpoints(Store);
            var userModeration = new UserModerationEndpoints(Store);
            var content = new ChatroomContentEndpoints(Store);
            var groups = new GroupEndpoints(Store.Groups, app.Key);
            routes = new[]
            {
                new Route("POST", "token", EmApiFamily.Token, token.Issue, requiresToken: false),
                new Route("GET", "chatrooms", EmApiFamily.ChatroomCollection, chatrooms.List),
                new Route("POST", "chatrooms", EmApiFamily.ChatroomCollection, chatrooms.Create),
                new Route("GET", "users/{}/joined_chatrooms", EmApiFamily.ChatroomCollection, chatrooms.ListJoined),
                // Before "chatrooms/{}", which would take super_admin for a chatroom id.
                new Route("GET", "chatrooms/super_admin", EmApiFamily.ChatroomItem, moderation.SuperAdmins),
                new Route("POST", "chatrooms/super_admin", EmApiFamily.ChatroomItem, moderation.AddSuperAdmin),
                new Route("DELETE", "chatrooms/super_admin/{}", EmApiFamily.ChatroomItem, moderation.RemoveSuperAdmin),
                new Route("GET", "chatrooms/{}", EmApiFamily.ChatroomItem, chatrooms.Details),
                new Route("PUT", "chatrooms/{}", EmApiFamily.ChatroomItem, chatrooms.ModifyOrTransfer),
                new Route("DELETE", "chatrooms/{}", EmApiFamily.ChatroomItem, chatrooms.Delete),
                new Route("GET", "chatrooms/{}/users", EmApiFamily.ChatroomItem, chatrooms.Members),
                new Route("POST", "chatrooms/{}/users", EmApiFamily.ChatroomItem, moderation.AddMembers),
                new Route("POST", "chatrooms/{}/users/{}", EmApiFamily.ChatroomItem, moderation.AddMember),
                new Route("DELETE", "chatrooms/{}/users/{}", EmApiFamily.ChatroomItem, moderation.RemoveMembers),
                new Route("GET", "chatrooms/{}/admin", EmApiFamily.ChatroomItem, moderation.Admins),
                new Route("POST", "chatrooms/{}/admin", EmApiFamily.ChatroomItem, moderation.AddAdmin),
                new Route("DELETE", "chatrooms/{}/admin/{}", EmApiFamily.ChatroomItem, moderation.RemoveAdmin),
                new Route("GET", "chatrooms/{}/mute", EmApiFamily.ChatroomItem, moderation.Mutes),
                new Route("POST", "chatrooms/{}/mute", EmApiFamily.ChatroomItem, moderation.Mute),
                new Route("DELETE", "chatrooms/{}/mute/{}", EmApiFamily.ChatroomItem, moderation.Unmute),
                new Route("POST", "chatrooms/{}/ban", EmApiFamily.ChatroomItem, moderation.MuteAll),
                new Route("DELETE", "chatrooms/{}/ban", EmApiFamily.ChatroomItem, moderation.UnmuteAll),
                new Route("GET", "chatrooms/{}/white/users", EmApiFamily.ChatroomItem, moderation.AllowedUsers),
                new Route("POST", "chatrooms/{}/white/users", EmApiFamily.ChatroomItem, moderation.AllowUsers),
                new Route("POST", "chatrooms/{}/white/users/{}", EmApiFamily.ChatroomItem, moderation.AllowUser),
                new Route("DELETE", "chatrooms/{}/white/users/{}", EmApiFamily.ChatroomItem, moderation.DisallowUsers),
                new Route("GET", "chatrooms/{}/blocks/users", EmApiFamily.ChatroomItem, moderation.BlockedUsers),
                new Route("POST", "chatrooms/{}/blocks/users", EmApiFamily.ChatroomItem, moderation.BlockUsers),
                new Route("POST", "chatrooms/{}/blocks/users/{}", EmApiFamily.ChatroomItem, moderation.BlockUser),
                new Route("DELETE", "chatrooms/{}/blocks/users/{}", EmApiFamily.ChatroomItem, moderation.UnblockUsers),
                new Route("POST", "mutes", EmApiFamily.GlobalMute, mutes.Set),
                new Route("GET", "mutes", EmApiFamily.GlobalMute, mutes.List),
                new Route("GET", "mutes/{}", EmApiFamily.GlobalMute, mutes.Get),
                new Route("POST", "users", EmApiFamily.User, users.Create),
                new Route("GET", "users/{}", EmApiFamily.User, users.Get),
                new Route("DELETE", "users/{}", EmApiFamily.User, users.Delete),
                new Route("GET", "users", EmApiFamily.User, userModeration.List),
                new Route("POST", "users/{}/deactivate", EmApiFamily.User, userModeration.Deactivate),
                new Route("POST", "users/{}/activate", EmApiFamily.User, userModeration.Activate),
                new Route("GET", "users/{}/disconnect", EmApiFamily.User, userModeration.DisconnectAll),
                new Route("DELETE", "users/{}/disconnect/{}", EmApiFamily.User, userModeration.DisconnectDevice),
                new Route("GET", "users/{}/resources", EmApiFamily.User, userModeration.Devices),
                new Route("GET", "users/{}/status", EmApiFamily.User, userModeration.Status),
                new Route("POST", "users/batch/status", EmApiFamily.User, userModeration.BatchStatus),
                new Route("PUT", "users/{}/password", EmApiFamily.User, userModeration.SetPassword),
                new Route("GET", "chatrooms/{}/announcement", EmApiFamily.ChatroomItem, content.GetAnnouncement),
                new Route("POST", "chatrooms/{}/announcement", EmApiFamily.ChatroomItem, content.SetAnnouncement),
                new Route("POST", "metadata/chatroom/{}", EmApiFamily.ChatroomAttribute, content.GetAttributes),
                new Route("PUT", "metadata/chatroom/{}/user/{}", EmApiFamily.ChatroomAttribute, content.SetAttributes),
                new Route("PUT", "metadata/chatroom/{}/user/{}/forced", EmApiFamily.ChatroomAttribute, content.ForceSetAttributes),
                new Route("DELETE", "metadata/chatroom/{}/user/{}", EmApiFamily.ChatroomAttribute, content.RemoveAttributes),
                new Route("DELETE", "metadata/chatroom/{}/user/{}/forced", EmApiFamily.ChatroomAttribute, content.ForceRemoveAttributes),
            }.Concat(groups.Routes()).ToArray();
        }

        /// <summary>The resolved options: validated, with generated credentials filled in. Not to be changed.</summary>
        public EmulatorOptions Options { get; }

        public EmulatorStore Store { get; }

        public void RevokeTokens() => tokens.RevokeAll();

        public EmulatorHttpResponse Handle(EmulatorHttpRequest request)
        {
            var (route, context, error) = Resolve(request);
            var family = route?.Family;
            // The limit comes first: a refused request has no effect, draws no fault and does not count.
            if (family.HasValue && rateLimiter != null && !rateLimiter.TryAcquire(family.Value, out var retryAfter))
            {
                return JsonOutput.Error(ApiError.ReachLimit()) with
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

            var answer = error != null ? JsonOutput.Error(error) : Execute(route!, context!);
            // An after-apply fault replaces the answer of a request that has taken effect.
            return (fault == EmulatorFault.None ? answer : FaultAnswer(fault)) with { Family = family };
        }

        private static EmulatorHttpResponse FaultAnswer(EmulatorFault fault)
        {
            switch (fault)
            {
                case EmulatorFault.ServiceUnavailable:
                    return JsonOutput.Error(ApiError.ServiceUnavailable()) with { Fault = fault };
                case EmulatorFault.ServerErrorBeforeApply:
                case EmulatorFault.ServerErrorAfterApply:
                    return JsonOutput.Error(ApiError.InternalServerError()) with { Fault = fault };
                default:
                    return EmulatorHttpResponse.Dropped(fault);
            }
        }

        /// <summary>Checks the token and runs the handler, turning what it refuses into the service's error answer.</summary>
        private EmulatorHttpResponse Execute(Route route, RequestContext context)
        {
            if (route.RequiresToken && !tokens.IsValid(BearerToken(context.Request.Authorization)))
            {
                return JsonOutput.Error(ApiError.Unauthorized());
            }

            try
            {
                return route.Handler(context);
            }
            catch (EmulatorApiException refused)
            {
                return JsonOutput.Error(refused.Error);
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
            foreach (var route in routes)
            {
                if (route.Method == request.Method && route.MatchesPath(below))
                {
                    var apiPath = "/" + string.Join("/", raw.Skip(2));
                    return (route, new RequestContext(request, app, apiPath,
                        route.VariableIndexes.Select(v => raw[v + 2]).ToArray(), route.VariableIndexes.Select(v => below[v]).ToArray()), null);
                }
            }

            var otherMethod = routes.Any(r => r.MatchesPath(below));
            return (null, null, otherMethod ? ApiError.MethodNotAllowed(request.Method) : ApiError.ServiceResourceNotFound());
        }

        private static string? BearerToken(string? authorization)
        {
            const string scheme = "Bearer ";
            return authorization != null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                ? authorization.Substring(scheme.Length).Trim()
                : null;
        }
    }
}
