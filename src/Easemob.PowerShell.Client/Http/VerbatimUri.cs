using System;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// Creates a request URI whose path and query are exactly the escaped text built for it. System.Uri compacts
/// dot segments even when escaped (".../chatrooms/%2E%2E/users" becomes ".../users"), which would send a call to
/// another resource. Where that happens, .NET 6+ can create the URI without canonicalization
/// (<c>UriCreationOptions.DangerousDisablePathAndQueryCanonicalization</c>, safe here because the text is already
/// fully escaped); netstandard2.0 cannot name that API, so it is found at run time. On a runtime without it the
/// request is refused rather than sent to the wrong path.
/// </summary>
internal static class VerbatimUri
{
    private static readonly Func<string, Uri>? CreateWithoutCanonicalization = FindCreateWithoutCanonicalization();

    public static Uri Create(string authority, string pathAndQuery)
    {
        var text = authority + pathAndQuery;
        var uri = new Uri(text, UriKind.Absolute);
        if (uri.PathAndQuery == pathAndQuery) return uri;

        var verbatim = CreateWithoutCanonicalization?.Invoke(text);
        if (verbatim is not null && verbatim.PathAndQuery == pathAndQuery) return verbatim;

        throw new ArgumentException(
            $"This runtime rewrites the request path '{pathAndQuery}' (a user name or id made only of dots?), so the request was not sent.");
    }

    private static Func<string, Uri>? FindCreateWithoutCanonicalization()
    {
        var optionsType = typeof(Uri).Assembly.GetType("System.UriCreationOptions", throwOnError: false);
        var disableCanonicalization = optionsType?.GetProperty("DangerousDisablePathAndQueryCanonicalization");
        var constructor = optionsType is null ? null : typeof(Uri).GetConstructor(new[] { typeof(string), optionsType.MakeByRefType() });
        if (optionsType is null || disableCanonicalization is null || constructor is null) return null;

        var options = Activator.CreateInstance(optionsType)!;
        disableCanonicalization.SetValue(options, true);
        // Only called with text that new Uri(text) has already accepted.
        return text => (Uri)constructor.Invoke(new[] { text, options });
    }
}
