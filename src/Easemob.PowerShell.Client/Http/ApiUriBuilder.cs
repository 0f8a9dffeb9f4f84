using System;
using System.Globalization;
using System.Text;

namespace Easemob.PowerShell.Client.Http;

/// <summary>Builds one request URI: escaped path segments, then escaped query parameters.</summary>
internal sealed class ApiUriBuilder
{
    private readonly string _authority;
    private readonly StringBuilder _pathAndQuery;
    private bool _hasQuery;

    internal ApiUriBuilder(string authority, string rootPath, string[] segments)
    {
        _authority = authority;
        _pathAndQuery = new StringBuilder(rootPath);
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0) _pathAndQuery.Append('/');
            _pathAndQuery.Append(PathSegment.Escape(segments[i]));
        }
    }

    /// <summary>Adds <c>name=value</c>; a null value is left out.</summary>
    public ApiUriBuilder Query(string name, string? value)
    {
        if (value is null) return this;
        _pathAndQuery.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    public ApiUriBuilder Query(string name, int value) => Query(name, value.ToString(CultureInfo.InvariantCulture));

    public Uri Build() => VerbatimUri.Create(_authority, _pathAndQuery.ToString());
}
