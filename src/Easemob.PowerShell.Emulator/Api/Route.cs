using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>One call of the API: method, path template below the app, rate-limit family and handler.</summary>
    internal sealed class Route
    {
        private const string Variable = "{}";
        private readonly string[] template;

        /// <param name="template">Segments below the app separated by '/', with "{}" for each variable segment, e.g. "chatrooms/{}/users/{}".</param>
        public Route(string method, string template, EmApiFamily family, Func<RequestContext, EmulatorHttpResponse> handler, bool requiresToken = true)
        {
            Method = method;
            this.template = template.Split('/');
            Family = family;
            Handler = handler;
            RequiresToken = requiresToken;
        }

        public string Method { get; }

        public EmApiFamily Family { get; }

        public Func<RequestContext, EmulatorHttpResponse> Handler { get; }

        public bool RequiresToken { get; }

        /// <summary>
        /// Whether the route matches the decoded segments below the app; <paramref name="variableIndexes"/> are the
        /// positions of the variable segments, in order (empty if the route has none).
        /// </summary>
        public bool Matches(string method, IReadOnlyList<string> segments, out List<int> variableIndexes)
        {
            variableIndexes = new List<int>();
            if (method != Method || segments.Count != template.Length)
            {
                return false;
            }

            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] == Variable)
                {
                    // An empty id is no id: "chatrooms//users" is not a route.
                    if (segments[i].Length == 0)
                    {
                        return false;
                    }

                    variableIndexes.Add(i);
                }
                else if (template[i] != segments[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
