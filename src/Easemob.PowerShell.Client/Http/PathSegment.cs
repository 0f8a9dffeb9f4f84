using System;
using System.Linq;

namespace Easemob.PowerShell.Client.Http;

/// <summary>Escapes one URL path segment so that no value (user name, chatroom id, org, app) can change the path.</summary>
internal static class PathSegment
{
    public static string Escape(string value)
    {
        if (string.IsNullOrEmpty(value)) throw new ArgumentException("A path segment (id, user name, org or app name) must not be empty.", nameof(value));

        // "." and ".." are unreserved, so EscapeDataString leaves them, and the URL would then name a parent.
        // Dots are escaped as %2E; ApiUriBuilder then makes sure System.Uri keeps them so.
        return value.All(c => c == '.') ? string.Concat(Enumerable.Repeat("%2E", value.Length)) : Uri.EscapeDataString(value);
    }
}
