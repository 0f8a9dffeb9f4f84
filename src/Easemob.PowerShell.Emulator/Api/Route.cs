using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>One call of the API: method, path template below the app, rate-limit family and handler.</summary>
internal sealed class Route
{
    private readonly string[] _template;

    /// <summary>Per segment, the variable's name, or null for a literal segment.</summary>
    private readonly string?[] _variables;

    /// <param name="template">
    /// Segments below the app separated by '/', with "{name}" for each variable segment, e.g.
    /// "chatrooms/{id}/users/{user}"; handlers read them by name (<see cref="RequestContext.Variable"/>).
    /// </param>
    public Route(string method, string template, EmApiFamily family, Func<RequestContext, EmulatorHttpResponse> handler, bool requiresToken = true)
    {
        Method = method;
        Template = template;
        _template = template.Split('/');
        _variables = _template.Select(s => s.Length > 2 && s[0] == '{' && s[s.Length - 1] == '}' ? s.Substring(1, s.Length - 2) : null).ToArray();
        if (_variables.Where(v => v != null).GroupBy(v => v).Any(g => g.Count() > 1))
        {
            throw new ArgumentException($"Route {template} names a variable twice.", nameof(template));
        }

        // '0' for a literal segment, '1' for a variable: ordering routes by this key tries, at the first
        // segment where two routes differ in kind, the literal one first.
        Shape = new string(_variables.Select(v => v == null ? '0' : '1').ToArray());
        Family = family;
        Handler = handler;
        RequiresToken = requiresToken;
    }

    public string Method { get; }

    /// <summary>The template as declared, e.g. "chatrooms/{id}/users".</summary>
    public string Template { get; }

    /// <summary>Which segments are literal ('0') and which are variables ('1'), in order.</summary>
    public string Shape { get; }

    public EmApiFamily Family { get; }

    public Func<RequestContext, EmulatorHttpResponse> Handler { get; }

    public bool RequiresToken { get; }

    /// <summary>Whether the route's path matches the decoded segments below the app, whatever the method.</summary>
    public bool MatchesPath(IReadOnlyList<string> segments)
    {
        if (segments.Count != _template.Length)
        {
            return false;
        }

        for (var i = 0; i < _template.Length; i++)
        {
            // An empty id is no id: "chatrooms//users" is not a route.
            if (_variables[i] != null ? segments[i].Length == 0 : _template[i] != segments[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The variables of a matching path by name: each segment as received and decoded.</summary>
    public IReadOnlyDictionary<string, (string Raw, string Decoded)> Variables(IReadOnlyList<string> raw, IReadOnlyList<string> decoded)
    {
        var values = new Dictionary<string, (string Raw, string Decoded)>(StringComparer.Ordinal);
        for (var i = 0; i < _variables.Length; i++)
        {
            if (_variables[i] is { } name)
            {
                values.Add(name, (raw[i], decoded[i]));
            }
        }

        return values;
    }
}
