using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>One call of the API: method, path template below the app, rate-limit family and handler.</summary>
    internal sealed class Route
    {
        private const string Variable = "{}";
        private readonly string[] template;
        // Where the variable segments are: fixed by the template, so worked out once.
        private readonly int[] variableIndexes;

        /// <param name="template">Segments below the app separated by '/', with "{}" for each variable segment, e.g. "chatrooms/{}/users/{}".</param>
        public Route(string method, string template, EmApiFamily family, Func<RequestContext, EmulatorHttpResponse> handler, bool requiresToken = true)
        {
            Method = method;
            this.template = template.Split('/');
            variableIndexes = Enumerable.Range(0, this.template.Length).Where(i => this.template[i] == Variable).ToArray();
            Family = family;
            Handler = handler;
            RequiresToken = requiresToken;
        }

        public string Method { get; }

        public EmApiFamily Family { get; }

        public Func<RequestContext, EmulatorHttpResponse> Handler { get; }

        public bool RequiresToken { get; }

        /// <summary>The positions of the variable segments, in order (empty if the route has none).</summary>
        public IReadOnlyList<int> VariableIndexes => variableIndexes;

        /// <summary>Whether the route's path matches the decoded segments below the app, whatever the method.</summary>
        public bool MatchesPath(IReadOnlyList<string> segments)
        {
            if (segments.Count != template.Length)
            {
                return false;
            }

            for (var i = 0; i < template.Length; i++)
            {
                // An empty id is no id: "chatrooms//users" is not a route.
                if (template[i] == Variable ? segments[i].Length == 0 : template[i] != segments[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
