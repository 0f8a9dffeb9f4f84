using System;
using System.Collections.Generic;
using System.Linq;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// Every route of the API, tried literal segments first: "chatrooms/super_admin" wins over "chatrooms/{id}"
/// whatever order the endpoint classes declared them in. Two routes with the same method, literals and
/// variable places are a defect, refused when the table is built.
/// </summary>
internal sealed class RouteTable
{
    private readonly Route[] _routes;

    public RouteTable(IEnumerable<Route> declared)
    {
        _routes = declared.OrderBy(r => r.Shape, StringComparer.Ordinal).ToArray();
        var clash = _routes.GroupBy(r => r.Method + " " + Literals(r)).FirstOrDefault(g => g.Count() > 1);
        if (clash != null)
        {
            throw new InvalidOperationException($"Two routes answer {clash.Key}: {string.Join(", ", clash.Select(r => r.Template))}.");
        }
    }

    /// <summary>The route for the method and the decoded segments below the app, or null (see <paramref name="otherMethod"/>).</summary>
    /// <param name="otherMethod">With no route: whether the path is known to another method (405 rather than 404).</param>
    public Route? Find(string method, IReadOnlyList<string> segments, out bool otherMethod)
    {
        otherMethod = false;
        foreach (var route in _routes)
        {
            if (route.MatchesPath(segments))
            {
                if (route.Method == method)
                {
                    return route;
                }

                otherMethod = true;
            }
        }

        return null;
    }

    /// <summary>The template with every variable as "{}": what two clashing routes share.</summary>
    private static string Literals(Route route) =>
        string.Join("/", route.Template.Split('/').Select((s, i) => route.Shape[i] == '1' ? "{}" : s));
}
