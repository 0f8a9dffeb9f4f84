using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints
{
    /// <summary>
    /// POST /token: the client-credentials grant that issues app tokens, and the password grant that issues user
    /// tokens (for a user's own login; they are not accepted by the admin calls).
    /// </summary>
    internal sealed class TokenEndpoint : IEndpoints
    {
        private readonly TokenRegistry tokens;
        private readonly EmulatorStore store;
        private readonly string clientId;
        private readonly string clientSecret;
        private readonly TimeSpan defaultLifetime;

        /// <param name="defaultLifetime">Lifetime when the request sends no ttl; zero: tokens never expire.</param>
        public TokenEndpoint(TokenRegistry tokens, EmulatorStore store, string clientId, string clientSecret, TimeSpan defaultLifetime)
        {
            this.tokens = tokens;
            this.store = store;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            this.defaultLifetime = defaultLifetime;
        }

        public IEnumerable<Route> Routes => new[]
        {
            new Route("POST", "token", EmApiFamily.Token, Issue, requiresToken: false),
        };

        public EmulatorHttpResponse Issue(RequestContext context)
        {
            var body = context.Body();
            if (body.String("grant_type") == "password")
            {
                return IssueUserToken(context, body);
            }

            var requestedClientId = body.String("client_id");
            if (string.IsNullOrEmpty(requestedClientId))
            {
                throw new EmulatorApiException(ApiError.IllegalArgument("client_id must be provided"));
            }

            var grantType = body.String("grant_type");
            if (grantType != "client_credentials")
            {
                throw new EmulatorApiException(ApiError.UnsupportedGrantType(grantType));
            }

            if (requestedClientId != clientId || body.String("client_secret") != clientSecret)
            {
                throw new EmulatorApiException(ApiError.InvalidGrant());
            }

            var ttl = body.Integer("ttl");
            if (ttl < 0 || ttl > int.MaxValue)
            {
                throw new EmulatorApiException(ApiError.IllegalArgument($"ttl must be in [0, {int.MaxValue}]"));
            }

            // expires_in 0 means "never expires"; a sub-second default lifetime still reports 1.
            var expiresIn = ttl ?? (defaultLifetime == TimeSpan.Zero ? 0 : Math.Max(1, (long)defaultLifetime.TotalSeconds));
            var lifetime = ttl.HasValue ? TimeSpan.FromSeconds(ttl.Value) : defaultLifetime;
            var token = tokens.Issue(lifetime == TimeSpan.Zero ? (TimeSpan?)null : lifetime);
            var answer = JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("access_token", token);
                w.WriteNumber("expires_in", expiresIn);
                w.WriteString("application", context.App.Uuid);
                w.WriteEndObject();
            });
            return new EmulatorHttpResponse(200, answer);
        }

        /// <summary>The password grant: refused for an unknown user, a banned one or a wrong password.</summary>
        private EmulatorHttpResponse IssueUserToken(RequestContext context, RequestBody body)
        {
            var user = store.CheckLogin(body.String("username") ?? string.Empty, body.String("password") ?? string.Empty);
            var expiresIn = defaultLifetime == TimeSpan.Zero ? 0 : Math.Max(1, (long)defaultLifetime.TotalSeconds);
            var answer = JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("access_token", "user-" + Guid.NewGuid().ToString("N"));
                w.WriteNumber("expires_in", expiresIn);
                w.WritePropertyName("user");
                UserEndpoints.WriteUser(w, user);
                w.WriteEndObject();
            });
            return new EmulatorHttpResponse(200, answer);
        }
    }
}
