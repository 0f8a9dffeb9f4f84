using System;

namespace Easemob.PowerShell.Client.Http;

/// <summary>The app's API root, <c>{BaseUri}{org}/{app}/</c>, from which every request URI is built.</summary>
internal sealed class ApiRoot
{
    private readonly string _authority;
    private readonly string _rootPath;

    public ApiRoot(Uri baseUri, string orgName, string appName)
    {
        _authority = baseUri.GetLeftPart(UriPartial.Authority);
        var basePath = baseUri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? baseUri.AbsolutePath : baseUri.AbsolutePath + "/";
        _rootPath = basePath + PathSegment.Escape(orgName) + "/" + PathSegment.Escape(appName) + "/";
    }

    /// <summary>Starts a URI below the root; every segment is escaped as one segment.</summary>
    public ApiUriBuilder Path(params string[] segments) => new(_authority, _rootPath, segments);
}
